/**
 * dec4j in Spark ML: {@link org.dec4j.spark.DecClustering}, an estimator with MLlib's conventions whose params are
 * generated from the one declaration of dec4j's settings, and {@link org.dec4j.spark.DecClusteringModel}, which
 * assigns a data set's rows by {@code mapPartitions} with the model broadcast once, and saves as Spark ML models do
 * with a dec4j model file inside; {@link org.dec4j.spark.SparkEngine} runs an engine through them for a front-end
 * that holds its rows in memory (the command line's {@code cluster --spark}). The engine is found by name; this
 * package names no engine class. dec, idec and ae-kmeans train where the rows are, by parameter averaging
 * ({@link org.dec4j.spark.SparkRows} under dec-api's {@code parallel} SPI); the other engines fit on the driver
 * (the whole data set up to {@code fitSampleRows} rows, else a seeded sample).
 */
package org.dec4j.spark;
