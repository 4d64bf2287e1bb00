#!/usr/bin/env python3
"""Tab order as a keyboard user meets it (issue 17, defect 9).

Waits for the page whose header reads HEADING, then presses Tab COUNT times with xdotool and,
after each press, asks AT-SPI which control has the focus. Checks that the focus never lands
on something hidden or nameless, and that within the page it moves down the page (reading
order), never back up. Prints the sequence; exits 1 on a finding.
usage: tab_order.py HEADING [--count N]
"""
import argparse
import subprocess
import sys
import time

import pyatspi

from a11y_check import extents, find_app, snapshot


def focused():
    """The deepest node that has the focus (Qt marks every focus scope around it focused too)."""
    node, found = find_app(), None
    while node is not None:
        node = _focused_below(node)
        found = node or found
    return found


def _focused_below(node, depth=0):
    if depth > 12:
        return None
    try:
        for i in range(node.childCount):
            child = node.getChildAtIndex(i)
            if child is None:
                continue
            if child.getState().contains(pyatspi.STATE_FOCUSED):
                return child
            deeper = _focused_below(child, depth + 1)
            if deeper is not None:
                return deeper
    except Exception:
        return None
    return None


def in_page(node, page_names):
    """True when the node is part of the step's page (not the header, step list or nav bar)."""
    parent = node
    while parent is not None:
        try:
            if any(parent.getChildAtIndex(i).name in page_names for i in range(parent.childCount)):
                return True
        except Exception:
            pass
        parent = parent.parent
    return False


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("heading")
    parser.add_argument("--count", type=int, default=14)
    parser.add_argument("--timeout", type=float, default=60)
    args = parser.parse_args()

    deadline = time.time() + args.timeout
    while time.time() < deadline:
        if any(n == args.heading and s.contains(pyatspi.STATE_VISIBLE) and node.parent is not None
               and node.parent.getRole() != pyatspi.ROLE_LIST_ITEM
               for _, node, _, n, s in snapshot()):
            break
        time.sleep(0.5)
    else:
        print(f"tab: no page {args.heading!r}", file=sys.stderr)
        return 2
    time.sleep(1.5)
    # Without a window manager the keyboard follows the pointer: rest it on the page's title.
    title = next(node for _, node, _, n, s in snapshot()
                 if n == args.heading and node.parent is not None
                 and node.parent.getRole() != pyatspi.ROLE_LIST_ITEM)
    x, y, w, h = extents(title)
    subprocess.run(["xdotool", "mousemove", str(x + w // 2), str(y + h // 2)], check=True)
    subprocess.run(["xdotool", "search", "--onlyvisible", "--class", "zkgrad", "windowfocus"],
                   check=False)
    time.sleep(0.3)

    findings = []
    previous = None
    for press in range(1, args.count + 1):
        subprocess.run(["xdotool", "key", "Tab"], check=True)
        time.sleep(0.4)
        node = focused()
        if node is None:
            findings.append(f"Tab {press}: the focus went nowhere a screen reader can see")
            print(f"{press:2d}  (nothing)")
            continue
        role, name = node.getRoleName(), node.name or ""
        rect = extents(node)
        states = node.getState()
        print(f"{press:2d}  [{role}] {name!r} at {rect}")
        if not states.contains(pyatspi.STATE_VISIBLE) or rect is None or rect[2] <= 0 or rect[3] <= 0:
            findings.append(f"Tab {press}: focus on something not visible: [{role}] {name!r}")
        if not name.strip() and role not in ("password text",):
            findings.append(f"Tab {press}: focus on a control without a name: [{role}]")
        if in_page(node, {args.heading}):
            # The page scrolls to keep the focus in view, so the previous control is measured
            # again now, in the same scroll position: the focus must not go back up the page.
            before = extents(previous) if previous is not None else None
            if before is not None and rect is not None and rect[1] < before[1] - 4:
                findings.append(f"Tab {press}: focus went back up the page to [{role}] {name!r}")
            previous = node
        else:
            previous = None
    for f in findings:
        print("tab: " + f)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
