/**
 * What the reports of {@code compare}, {@code choose-k} and {@code suite} are made of: aligned text and Markdown
 * tables, CSV cells, bar charts, and files written atomically.
 */
package org.dec4j.cli.report;
