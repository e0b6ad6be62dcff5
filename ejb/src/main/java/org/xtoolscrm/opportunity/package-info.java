/**
 * Opportunities: deals with a customer that move through the stages of the data
 * dictionary, with the stage history written on every move, and the lists and the board
 * that show them.
 */
package org.xtoolscrm.opportunity;
