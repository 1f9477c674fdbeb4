# A platform wheel: the package carries a Linux x86-64 executable, so the wheel must not be
# tagged pure Python (py3-none-any); it is tagged py3-none-<platform> instead.
from setuptools import setup

try:
    from wheel.bdist_wheel import bdist_wheel

    class PlatformWheel(bdist_wheel):
        def finalize_options(self):
            super().finalize_options()
            self.root_is_pure = False

        def get_tag(self):
            _, _, platform = super().get_tag()
            return "py3", "none", platform

    setup(cmdclass={"bdist_wheel": PlatformWheel})
except ImportError:
    setup()
