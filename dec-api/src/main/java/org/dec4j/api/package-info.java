/**
 * The stable service-provider interface of dec4j: what a front-end (Weka, ELKI, the command line) needs to
 * configure, train, apply, save and load a deep clustering model, without naming an implementation.
 * Engines are found by name through {@link org.dec4j.api.engine.Engines}.
 */
package org.dec4j.api;
