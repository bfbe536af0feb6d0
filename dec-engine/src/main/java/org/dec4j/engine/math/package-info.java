/**
 * The formulas of DEC ({@code DecMath}), IDEC ({@code IdecMath}), DCN ({@code DcnMath}), VaDE ({@code VadeMath},
 * with the Gaussian mixture EM of its start, {@code GaussianMixtureEm}, also N2D's), IMSAT ({@code ImsatMath}),
 * DAC ({@code DacMath}) and the assignment rules ({@code MixtureMath}) as pure functions on
 * plain arrays: no I/O, logging, ND4J or injection.
 */
package org.dec4j.engine.math;
