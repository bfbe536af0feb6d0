/** The DEC formulas as pure functions on plain arrays: no I/O, logging, ND4J or injection. */
package org.dec4j.engine.math;
