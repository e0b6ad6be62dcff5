/** The data dictionary: the editable option lists, such as industries and activity types, that pickers offer. */
package org.xtoolscrm.dictionary;
