/**
 * What the vocabularies the department keeps have in common (codes, names in two languages, order,
 * active flag): their checks, and reading a cached vocabulary again once a change is committed.
 */
package org.tongxin.shared.vocabulary;
