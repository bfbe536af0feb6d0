/**
 * Progress reporting and cancellation: a {@link org.dec4j.api.progress.TrainingListener} receives typed events
 * for each phase of a run, and a {@link org.dec4j.api.progress.CancellationToken} stops a run between batches.
 */
package org.dec4j.api.progress;
