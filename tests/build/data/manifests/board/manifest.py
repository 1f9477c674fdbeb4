# A board manifest using every function mpyc evaluates.
include("$(PORT_DIR)/boards/manifest.py")

add_library("vendor", "$(VENDOR_DIR)")
require("gadget", library="vendor", fast=True)

package("app", base_path="src", opt=3)
package("cfg", files=["a.py", "sub/b.py"], base_path="src")
module("main.py", base_path="src")
freeze("frz", ("x.py", "y.py"))
freeze_as_str("text")
freeze_mpy("prebuilt")

include("extras", level=2)
include("$(PORT_DIR)/boards/manifest.py")  # a second include of the same manifest does nothing
