/**
 * The formulas of DEC ({@code DecMath}), IDEC ({@code IdecMath}), DCN ({@code DcnMath}) and VaDE ({@code VadeMath},
 * with the Gaussian mixture EM of its start, {@code GaussianMixtureEm}) as pure functions on
 * plain arrays: no I/O, logging, ND4J or injection.
 */
package org.dec4j.engine.math;
