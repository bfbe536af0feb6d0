/** The ELKI front-end of dec4j (issue 4): translates ELKI parameters and relations into SPI calls. */
package org.dec4j.elki;
