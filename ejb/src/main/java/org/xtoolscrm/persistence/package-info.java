/** JPA plumbing shared by every feature. */
package org.xtoolscrm.persistence;
