/** Guice wiring of the engines and the {@link java.util.ServiceLoader} entry that exposes them to dec-api. */
package org.dec4j.engine.inject;
