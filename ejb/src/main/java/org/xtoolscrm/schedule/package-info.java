/**
 * Schedules: planned meetings, calls and visits on a user's calendar, optionally about
 * a customer, with reminders for their owner.
 */
package org.xtoolscrm.schedule;
