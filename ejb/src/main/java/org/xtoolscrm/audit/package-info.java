/** The change log: who changed which field of which record, when, from what to what. */
package org.xtoolscrm.audit;
