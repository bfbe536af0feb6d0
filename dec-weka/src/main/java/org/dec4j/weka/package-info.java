/** The Weka front-end of dec4j (issue 3): translates Weka options and instances into SPI calls. */
package org.dec4j.weka;
