/**
 * Data-parallel training without a cluster framework's types: an engine that can train on rows spread over
 * partitions ({@link org.dec4j.api.parallel.DataParallelEngine}) drives its rounds through
 * {@link org.dec4j.api.parallel.PartitionedRows}, which a front-end implements on its framework (dec-spark on
 * Spark's RDDs: broadcast, {@code treeAggregate}, MLlib's k-means). The rows stay where they are; only the
 * engine's tasks, its shared state and the partitions' sums travel.
 */
package org.dec4j.api.parallel;
