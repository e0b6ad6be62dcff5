/** Who sees what: the set of owners whose records the caller may see, in one place. */
package org.xtoolscrm.access;
