/**
 * {@code dec choose-k}: fits DEC for a range of K and several latent sizes (one pretrained autoencoder per latent
 * size and seed serves every K), measures each combination without labels, and recommends one.
 */
package org.dec4j.cli.choosek;
