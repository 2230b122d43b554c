/**
 * Search across the current store's topics, posts and reviews, in English and Chinese alike: a term
 * index in the database itself (words for Latin script, overlapping character pairs for Chinese),
 * kept up to date by observing {@code ContentChanged}, so that MySQL 8 and MariaDB answer the same
 * and every server sees the same index. README.md ("Search design") says why and how to grow out of
 * it.
 */
package org.returnport.community.search;
