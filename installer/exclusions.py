"""What the bundle leaves out, in one place: read by the spec, by build.py and by a test.

Two kinds of leaving out, as Electrum's spec does:

- Python modules PyInstaller must not follow (`EXCLUDED_MODULES`): Qt's modules the
  program never imports, and libraries that only tests or other programs use. PyInstaller
  then collects neither them nor the Qt libraries and plugins their hooks would bring.
- Files the PySide6 hooks collect anyway (`why_dropped`): Qt plugins for embedded
  screens, Qt's own translations for languages and tools AccompDesk does not ship.

AccompDesk imports QtCore, QtGui, QtWidgets, QtSvg and QtPrintSupport (the recovery key
is printed); tests/installer/test_exclusions.py fails if the code starts importing a Qt
module that is excluded here.
"""

from __future__ import annotations

LANGUAGES = ("en", "es")  # the languages of the window; Qt's own strings ship for these only

QT_MODULES_USED = ("QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPrintSupport")

QT_MODULES_EXCLUDED = (
    # QML and Qt Quick: the window is made of widgets.
    "QtQml", "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickWidgets", "QtQuickTest",
    "QtQmlFeatures", "QtLabsStyleKit", "QtRemoteObjects", "QtScxml", "QtStateMachine",
    # 3D, charts and graphs (charts are drawn by matplotlib into the documents).
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtCharts", "QtDataVisualization", "QtGraphs", "QtGraphsWidgets",
    # A web browser, media, and the network: the program never goes online.
    "QtWebEngineCore", "QtWebEngineWidgets", "QtWebEngineQuick", "QtWebChannel",
    "QtWebSockets", "QtHttpServer", "QtNetwork", "QtNetworkAuth",
    "QtMultimedia", "QtMultimediaWidgets", "QtSpatialAudio", "QtTextToSpeech",
    # Devices and positioning.
    "QtBluetooth", "QtNfc", "QtPositioning", "QtLocation", "QtSensors", "QtSerialPort",
    "QtSerialBus",
    # Tools and alternatives to what is used: Designer forms are compiled ahead of time,
    # the vault is SQLCipher (not QtSql), documents are reportlab and python-docx.
    "QtDesigner", "QtHelp", "QtUiTools", "QtSql", "QtTest", "QtXml", "QtConcurrent",
    "QtDBus", "QtOpenGL", "QtOpenGLWidgets", "QtSvgWidgets", "QtPdf", "QtPdfWidgets",
    "QtAxContainer",
)

OTHER_EXCLUDED = (
    # Other GUI toolkits that matplotlib, Pillow or pandas would reach for.
    "tkinter", "_tkinter", "PIL.ImageTk", "PyQt5", "PyQt6", "PySide2", "shiboken2",
    "wx", "gi", "IPython", "jupyter_client", "ipykernel",
    "matplotlib.backends.backend_qtagg", "matplotlib.backends.backend_qtcairo",
    "matplotlib.backends.backend_tkagg", "matplotlib.backends.backend_webagg",
    # Tests and the tools that run them.
    "pytest", "_pytest", "hypothesis", "pytestqt", "tests",
    # Development tools that the program never calls.
    "PyInstaller", "pip", "setuptools", "pkg_resources", "pydoc_data", "lib2to3",
    "pygments", "pypdf",
)

EXCLUDED_MODULES = tuple(f"PySide6.{name}" for name in QT_MODULES_EXCLUDED) + OTHER_EXCLUDED

# Qt plugins the PySide6 hooks collect for QtGui, relative to the plugins folder.
DROPPED_PLUGINS = {
    "platforms/libqeglfs": "full-screen embedded platform (no desktop)",
    "platforms/libqlinuxfb": "framebuffer platform (no desktop)",
    "platforms/libqminimalegl": "embedded test platform",
    "platforms/libqvnc": "VNC server platform",
    "platforms/libqvkkhrdisplay": "Vulkan display platform (no desktop)",
    "egldeviceintegrations/": "back ends of the embedded eglfs platform",
    "generic/": "input plugins for framebuffer devices and TUIO touch over the network",
    "imageformats/libqpdf": "PDF as an image: needs QtPdf, which PySide6-Essentials lacks",
    "imageformats/qpdf": "PDF as an image: needs QtPdf, which PySide6-Essentials lacks",
    "wayland-graphics-integration-server/": "for Wayland compositors, not their clients",
    "qmltooling/": "QML debugging",
    "sqldrivers/": "QtSql drivers",
    "tls/": "QtNetwork TLS back ends",
    "networkinformation/": "QtNetwork reachability",
    "designer/": "Qt Designer plugins",
    "multimedia/": "QtMultimedia back ends",
    "position/": "QtPositioning back ends",
}

# Qt libraries needed only by the dropped plugins above.
DROPPED_LIBRARIES = {
    "libQt6EglFSDeviceIntegration": "needed only by the eglfs platform",
    "libQt6EglFsKmsSupport": "needed only by the eglfs platform",
    "libQt6WaylandCompositor": "needed only by Wayland compositor plugins",
    "libQt6WaylandEglCompositorHwIntegration": "needed only by Wayland compositor plugins",
    # The PySide6 hooks bring it along although nothing that is kept links to it.
    "libQt6Network": "QtNetwork: linked by nothing the program keeps",
}


def _qt_relative(path: str, folder: str) -> str | None:
    """The part of `path` under PySide6's Qt `folder` (plugins, translations), if it is there."""
    for prefix in (f"PySide6/Qt/{folder}/", f"PySide6/{folder}/"):
        if path.startswith(prefix):
            return path[len(prefix):]
    return None


def why_dropped(dest: str) -> str | None:
    """Why a file PyInstaller collected (named by its place in the bundle) is left out,
    or None to keep it."""
    path = dest.replace("\\", "/")
    translation = _qt_relative(path, "translations")
    if translation is not None:
        if translation in {f"qtbase_{lang}.qm" for lang in LANGUAGES}:
            return None
        return "Qt translation of a module or a language AccompDesk does not ship"
    plugin = _qt_relative(path, "plugins")
    if plugin is not None:
        for prefix, reason in DROPPED_PLUGINS.items():
            if plugin.startswith(prefix):
                return reason
        return None
    name = path.rsplit("/", 1)[-1]
    for prefix, reason in DROPPED_LIBRARIES.items():
        if name.startswith(prefix + "."):
            return reason
    return None
