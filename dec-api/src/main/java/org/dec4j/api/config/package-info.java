/**
 * The one immutable, validated configuration of a deep clustering run ({@link org.dec4j.api.config.DecConfig})
 * and the enumerations it uses. Every front-end translates its own options into a {@code DecConfig} and does
 * nothing else with them.
 */
package org.dec4j.api.config;
