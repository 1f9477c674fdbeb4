# The port's default manifest.
freeze("$(PORT_DIR)/modules")
include("$(MPY_DIR)/extmod/aio-manifest")
require("tiny")
