/** Data types exchanged through the SPI: a dense float matrix with optional column names. */
package org.dec4j.api.data;
