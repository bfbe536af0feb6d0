/**
 * The formulas the engines share, as pure functions on plain arrays (no I/O, logging, ND4J or injection): the
 * three assignment rules ({@code SoftAssignments}: Student's t, Gaussian mixture posterior, softmax) and the
 * diagonal Gaussian mixture EM of VaDE's start and N2D ({@code GaussianMixtureEm}). Each engine's own formulas
 * are beside it, in its package ({@code dec.DecMath}, {@code idec.IdecMath}, ...).
 */
package org.dec4j.engine.math;
