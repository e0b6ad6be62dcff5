/** Notes: free text kept on a customer, pinned notes first. */
package org.xtoolscrm.note;
