/**
 * After-sales records of a customer: complaints, with their handling and resolution, and
 * service records of the work done for the customer. Both are visible exactly when their
 * customer is.
 */
package org.xtoolscrm.service;
