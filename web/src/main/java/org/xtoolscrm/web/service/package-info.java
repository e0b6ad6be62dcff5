/** The complaints and service records tabs of the customer page, their list pages and their dialogs. */
package org.xtoolscrm.web.service;
