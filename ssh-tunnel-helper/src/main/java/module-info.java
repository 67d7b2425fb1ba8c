/** Reverse ssh tunnel configs: generated, applied idempotently and validated. */
module io.github.toolshed.sshtunnel {
    exports io.github.toolshed.sshtunnel;
}
