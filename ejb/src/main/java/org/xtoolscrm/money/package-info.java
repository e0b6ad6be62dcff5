/**
 * Money: the rules every amount and currency follows, the company currency, and the
 * exchange rates a Boss keeps for converting amounts into it.
 */
package org.xtoolscrm.money;
