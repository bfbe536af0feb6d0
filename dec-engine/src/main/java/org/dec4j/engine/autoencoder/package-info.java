/** The stacked autoencoder whose encoder DEC refines, how it is built, and its reconstruction pretraining. */
package org.dec4j.engine.autoencoder;
