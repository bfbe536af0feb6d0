/**
 * The formulas of DEC ({@code DecMath}), IDEC ({@code IdecMath}) and DCN ({@code DcnMath}) as pure functions on
 * plain arrays: no I/O, logging, ND4J or injection.
 */
package org.dec4j.engine.math;
