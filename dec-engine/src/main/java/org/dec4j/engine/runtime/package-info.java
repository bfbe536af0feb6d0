/** ND4J runtime concerns kept out of the algorithms: class loaders, threads, garbage collection, progress pacing. */
package org.dec4j.engine.runtime;
