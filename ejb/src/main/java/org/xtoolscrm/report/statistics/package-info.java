/**
 * The statistics page: customers by status, industry, region and owner, new customers,
 * contracts and payments by month, and activities per user and type. Every figure is
 * counted and summed in the database over the records the caller may see, by the same
 * visibility rules as the customer, contract and activity lists. An advanced query narrows
 * the records by field conditions joined with AND, and the table shown exports to Excel.
 */
package org.xtoolscrm.report.statistics;
