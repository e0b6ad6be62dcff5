/**
 * Activities: the record of a call, visit, e-mail, meeting, demo or other contact with
 * a customer, shown on the customer's timeline.
 */
package org.xtoolscrm.activity;
