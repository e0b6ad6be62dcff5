/** Beans of the data dictionary page, dictionary/list.xhtml. */
package org.xtoolscrm.web.dictionary;
