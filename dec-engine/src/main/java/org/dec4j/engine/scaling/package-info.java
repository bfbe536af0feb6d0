/** Feature scaling fitted once on the training rows and stored with the model. */
package org.dec4j.engine.scaling;
