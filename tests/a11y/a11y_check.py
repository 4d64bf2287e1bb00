#!/usr/bin/env python3
"""What a screen reader sees of one zkgrad window, checked (issue 17, accessibility).

Waits until the running zkgrad shows a page whose header reads HEADING (a substring),
then walks its AT-SPI tree and checks that
  - every control that takes focus has a name, in Chinese when the UI is Chinese (a password
    field, which Qt never names, has its label just before it);
  - nothing invisible is exposed (every node is visible, except the window's own frame);
  - the step list items keep their "第 N 步：…，状态" names;
  - an error summary's entries are links themselves, none a label holding a link (with
    --expect-links, the page shows such a link).
Prints the tree and every finding; exits 1 on a finding, 2 when the page never appeared.
usage: a11y_check.py HEADING [--timeout S] [--dump FILE]
"""
import argparse
import re
import subprocess
import sys
import time

import pyatspi

CONTROL_ROLES = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_TEXT, pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_SLIDER, pyatspi.ROLE_LINK, pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_PAGE_TAB,
    pyatspi.ROLE_MENU_ITEM,
}
CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef]")
STEP_NAME = re.compile(r"^第 \d+ 步：.+，.+")
STEP_NAME_EN = re.compile(r"^Step \d+: .+, .+")


def find_app():
    for app in pyatspi.Registry.getDesktop(0):
        if app is not None and "zkgrad" in (app.name or ""):
            return app
    return None


def walk(node, depth, out):
    try:
        role = node.getRole()
        name = node.name or ""
        states = node.getState()
        count = node.childCount
    except Exception:  # a node that went away while walking
        return
    out.append((depth, node, role, name, states))
    for i in range(min(count, 2000)):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        if child is not None:
            walk(child, depth + 1, out)


def extents(node):
    try:
        e = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        return (e.x, e.y, e.width, e.height)
    except Exception:
        return None


def scrolled_away(node):
    """Qt reports an item scrolled out of its page like a hidden one (no VISIBLE state); tell
    them apart by place: scrolled away means outside what its visible ancestors show (the
    intersection of their areas is the page's viewport)."""
    rect = extents(node)
    if rect is None or rect[2] <= 0 or rect[3] <= 0:
        return False
    left, top, right, bottom = -10**6, -10**6, 10**6, 10**6
    parent = node.parent
    while parent is not None and parent.getRole() != pyatspi.ROLE_APPLICATION:
        area = extents(parent) if parent.getState().contains(pyatspi.STATE_VISIBLE) else None
        if area is not None and area[2] > 0 and area[3] > 0:
            left, top = max(left, area[0]), max(top, area[1])
            right, bottom = min(right, area[0] + area[2]), min(bottom, area[1] + area[3])
        parent = parent.parent
    x, y, w, h = rect
    return x >= right or x + w <= left or y >= bottom or y + h <= top


def snapshot():
    app = find_app()
    if app is None:
        return []
    nodes = []
    walk(app, 0, nodes)
    return nodes


def wait_for(heading, timeout):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if any(n == heading and s.contains(pyatspi.STATE_VISIBLE) and node.parent is not None
               and node.parent.getRole() != pyatspi.ROLE_LIST_ITEM
               for _, node, _, n, s in snapshot()):
            time.sleep(1.0)
            return True
        time.sleep(0.5)
    return False


def switch_to_english():
    combo = next(node for _, node, role, _, _ in snapshot() if role == pyatspi.ROLE_COMBO_BOX)
    x, y, w, h = extents(combo)
    subprocess.run(["xdotool", "mousemove", str(x + w // 2), str(y + h // 2)], check=True)
    subprocess.run(["xdotool", "search", "--onlyvisible", "--class", "zkgrad", "windowfocus"],
                   check=False)
    subprocess.run(["xdotool", "click", "1"], check=True)
    time.sleep(0.8)
    subprocess.run(["xdotool", "key", "Down", "Return"], check=True)
    time.sleep(1.5)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("heading")
    parser.add_argument("--timeout", type=float, default=60)
    parser.add_argument("--dump")
    parser.add_argument("--english", action="store_true", help="the UI is in English")
    parser.add_argument("--switch-to-english", metavar="HEADING",
                        help="once HEADING shows, choose English in the language box (as a "
                             "candidate does, with xdotool), then check the page")
    parser.add_argument("--expect-links", action="store_true",
                        help="the page shows an error summary whose entries are links")
    parser.add_argument("--expect-focus", metavar="NAME",
                        help="the control that has the keyboard focus once the window is active")
    args = parser.parse_args()
    if args.switch_to_english:
        if not wait_for(args.switch_to_english, args.timeout):
            print(f"a11y: no page {args.switch_to_english!r} to switch from", file=sys.stderr)
            return 2
        switch_to_english()
        args.english = True

    deadline = time.time() + args.timeout
    nodes = []
    while time.time() < deadline:
        nodes = snapshot()
        # The page's own title (Qt 6.4 exposes the heading as a label); the step list shows
        # the same words inside its list items.
        if any(n == args.heading and s.contains(pyatspi.STATE_VISIBLE) and node.parent is not None
               and node.parent.getRole() != pyatspi.ROLE_LIST_ITEM
               for _, node, _, n, s in nodes):
            time.sleep(1.5)  # let bindings settle (banners, the step list)
            nodes = snapshot()
            break
        time.sleep(0.5)
    else:
        print(f"a11y: no page with the heading {args.heading!r} within {args.timeout} s", file=sys.stderr)
        for depth, node, role, name, states in nodes:
            print("  " * depth + node.getRoleName() + " " + repr(name), file=sys.stderr)
        return 2

    lines = ["  " * d + f"[{node.getRoleName()}] {name!r} " +
             " ".join(f for f, s in (("visible", pyatspi.STATE_VISIBLE), ("showing", pyatspi.STATE_SHOWING),
                                     ("focusable", pyatspi.STATE_FOCUSABLE)) if st.contains(s))
             for d, node, role, name, st in nodes]
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")

    findings = []
    steps = 0
    summary_links = 0
    for depth, node, role, name, states in nodes:
        where = f"{node.getRoleName()} {name!r}"
        if depth <= 1:  # the application and its window
            continue
        if not states.contains(pyatspi.STATE_VISIBLE) and not scrolled_away(node):
            findings.append(f"invisible but exposed: {where}")
            continue
        focusable = states.contains(pyatspi.STATE_FOCUSABLE)
        if role == pyatspi.ROLE_PASSWORD_TEXT:
            # Qt never names a password field (QQuickAccessibleAttached::name() returns nothing
            # while passwordEdit is set, on every Qt 6); a screen reader reads the label before
            # it, so that label must be there, visible and named.
            previous = node.parent.getChildAtIndex(node.getIndexInParent() - 1) \
                if node.parent is not None and node.getIndexInParent() > 0 else None
            if previous is None or previous.getRole() != pyatspi.ROLE_LABEL or not previous.name \
                    or not previous.getState().contains(pyatspi.STATE_VISIBLE):
                findings.append("password field without a visible label just before it")
            continue
        if role in CONTROL_ROLES and focusable:
            if not name.strip():
                findings.append(f"control without a name: {node.getRoleName()} "
                                f"(parent {node.parent.getRoleName() if node.parent else '?'} "
                                f"{(node.parent.name if node.parent else '')!r})")
            elif not args.english and role != pyatspi.ROLE_LIST_ITEM and not CJK.search(name) \
                    and re.search(r"[A-Za-z]{3,}", name):
                findings.append(f"name not in the interface language: {where}")
        if args.english and states.contains(pyatspi.STATE_VISIBLE):
            letters = [c for c in name if c.isalpha()]
            cjk = [c for c in letters if CJK.match(c)]
            # English texts keep Chinese terms in brackets (考籍更正); a Chinese sentence is left over.
            if len(cjk) >= 6 and len(cjk) > len(letters) / 2:
                findings.append(f"Chinese text in the English interface: {where}")
        # An error summary's entry that moves the focus to its field: a screen reader must hear
        # "link", once, not a label with a link inside (Qt 6.4's Label with an anchor).
        if node.parent is not None and node.parent.getRole() == pyatspi.ROLE_ALERT:
            inner = [node.getChildAtIndex(i) for i in range(node.childCount)]
            if any(c is not None and c.getRole() == pyatspi.ROLE_LINK for c in inner):
                findings.append(f"error summary entry with a link inside it: {where}")
            elif role == pyatspi.ROLE_LINK and focusable:
                summary_links += 1
        if role == pyatspi.ROLE_LIST_ITEM and (name.startswith("第 ") or name.startswith("Step ")):
            steps += 1
            if not (STEP_NAME_EN if args.english else STEP_NAME).match(name):
                findings.append(f"step list item without its step name and state: {where}")
    if steps == 0:
        findings.append("the step list items (第 N 步：…) are missing")
    if args.expect_links and summary_links == 0:
        findings.append("no error summary with links on this page")

    if args.expect_focus:
        from tab_order import focused  # pylint: disable=import-outside-toplevel
        subprocess.run(["xdotool", "search", "--onlyvisible", "--class", "zkgrad", "windowfocus"],
                       check=False)
        time.sleep(1.0)
        node = focused()
        name = node.name if node is not None else None
        if name != args.expect_focus:
            findings.append(f"keyboard focus on {name!r} when the page opens, not on "
                            f"{args.expect_focus!r}")

    for f in findings:
        print("a11y: " + f)
    print(f"a11y: {len(nodes)} nodes, {steps} step items, {len(findings)} finding(s) on {args.heading!r}")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
