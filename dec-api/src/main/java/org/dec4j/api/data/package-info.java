/**
 * Data exchanged through the SPI: a {@link org.dec4j.api.data.Table} of named, typed columns as a front-end reads
 * it, the one {@link org.dec4j.api.data.Preparation} that turns any table into features (missing values, nominal
 * levels by name, heavy tails) and is stored in the model, and the dense {@link org.dec4j.api.data.FloatMatrix}
 * engines fit.
 */
package org.dec4j.api.data;
