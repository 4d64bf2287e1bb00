import QtQuick
import QtTest
import ZkGrad

// An announcement opens on click and stays open; it says it was read only once its text is
// showing, and closing it says nothing (defect: clicking marked it read and collapsed it).
Item {
    id: root

    width: 800
    height: 400

    TestCase {
        name: "AnnouncementItem"
        when: windowShown

        Component {
            id: itemComponent

            AnnouncementItem {
                width: 700
                index: 0
                modelData: ({
                        "id": "a1",
                        "title": "毕业证书领取说明",
                        "body": "请本人持身份证领取。",
                        "publishedAt": "2026-11-01T00:00:00Z",
                        "opened": false
                    })
            }
        }

        SignalSpy {
            id: readSpy

            signalName: "read"
        }

        function test_readOnlyOnceShownAndStaysOpen() {
            const item = createTemporaryObject(itemComponent, root);
            readSpy.target = item;
            readSpy.clear();
            const button = findChild(item, "announcement_0");
            const body = findChild(item, "announcementBody_0");
            verify(!body.visible);
            compare(readSpy.count, 0);
            mouseClick(button);
            verify(item.expanded, "a click opens it");
            verify(body.visible);
            compare(readSpy.count, 1, "read once its text is on screen");
            wait(50);
            verify(item.expanded, "and it stays open");
            mouseClick(button);
            verify(!item.expanded, "a second click closes it");
            compare(readSpy.count, 1, "closing is not reading");
        }
    }
}
