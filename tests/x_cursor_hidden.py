#!/usr/bin/env python3
"""Says whether the X pointer is drawn: exit 0 when the cursor the server shows now is fully
transparent (hidden), 1 when any pixel of it can be seen, 2 when it cannot be asked.
Usage: x_cursor_hidden.py   (on $DISPLAY; libX11 and libXfixes through ctypes)"""
import ctypes
import ctypes.util
import sys


class CursorImage(ctypes.Structure):
    _fields_ = [("x", ctypes.c_short), ("y", ctypes.c_short), ("width", ctypes.c_ushort),
                ("height", ctypes.c_ushort), ("xhot", ctypes.c_ushort), ("yhot", ctypes.c_ushort),
                ("cursor_serial", ctypes.c_ulong), ("pixels", ctypes.POINTER(ctypes.c_ulong)),
                ("atom", ctypes.c_ulong), ("name", ctypes.c_char_p)]


def main() -> int:
    x11 = ctypes.cdll.LoadLibrary(ctypes.util.find_library("X11") or "libX11.so.6")
    xfixes = ctypes.cdll.LoadLibrary(ctypes.util.find_library("Xfixes") or "libXfixes.so.3")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    xfixes.XFixesGetCursorImage.restype = ctypes.POINTER(CursorImage)
    xfixes.XFixesGetCursorImage.argtypes = [ctypes.c_void_p]
    display = x11.XOpenDisplay(None)
    if not display:
        print("x_cursor_hidden: cannot open the display", file=sys.stderr)
        return 2
    image = xfixes.XFixesGetCursorImage(display)
    if not image:
        print("x_cursor_hidden: the server gives no cursor image", file=sys.stderr)
        return 2
    cursor = image.contents
    seen = any((cursor.pixels[i] >> 24) & 0xFF for i in range(cursor.width * cursor.height))
    print(f"cursor {cursor.width}x{cursor.height}: {'shown' if seen else 'hidden'}")
    x11.XCloseDisplay(display)
    return 1 if seen else 0


if __name__ == "__main__":
    sys.exit(main())
