# Like extmod/asyncio/manifest.py: files listed positionally, base_path="..", opt.
package(
    "aio",
    (
        "__init__.py",
        "core.py",
    ),
    base_path="../aio-src",
    opt=2,
)
