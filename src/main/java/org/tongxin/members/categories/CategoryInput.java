package org.tongxin.members.categories;

import java.util.List;

/**
 * A category as typed in the form or sent to the API, not yet checked. {@code code} counts only
 * when a category is added (it never changes); a blank {@code sortOrder} puts a new category last
 * and leaves an existing one in place; {@code synonyms} null leaves them as they are (API), empty
 * removes them.
 */
public record CategoryInput(String code, String nameZh, String nameEn, String sortOrder, List<String> synonyms) {
}
