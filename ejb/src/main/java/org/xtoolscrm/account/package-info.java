/** Accounts: users, their roles and the reporting line between them. */
package org.xtoolscrm.account;
