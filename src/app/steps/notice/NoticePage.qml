import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZkGrad

// 毕业申请须知: the authority's notice, each eligibility condition confirmed one
// by one, the candidate type, and "I have read and understood".
StepPage {
    id: root

    readonly property NoticeController notice: root.controller as NoticeController

    title: qsTr("Graduation application notice")
    subtitle: qsTr("Read the notice and confirm each point. You can apply only if every condition is met.")
    // The notice says itself why it is fixed (it was confirmed with the submission).
    showReadOnlyNote: false

    // One paragraph of the authority's notice.
    component Paragraph: Label {
        required property string modelData

        Layout.fillWidth: true
        text: modelData
        wrapMode: Text.Wrap
    }

    InfoBanner {
        objectName: "readOnlyBanner"
        Layout.fillWidth: true
        visible: !root.notice.editable
        text: root.notice.readOnlyReason
    }

    InfoBanner {
        objectName: "windowBanner"
        Layout.fillWidth: true
        text: root.notice.windowText
    }

    Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        text: qsTr("1. Candidates of the higher-education self-study examinations who meet all of the following conditions may apply for the graduation certificate. Confirm each one:")
        font.bold: true
        wrapMode: Text.Wrap
    }
    Repeater {
        model: root.notice.conditions

        ConfirmCheckBox {
            id: condition

            required property int index
            required property string letter
            required property string conditionText
            required property bool confirmed

            Layout.fillWidth: true
            objectName: "condition_" + condition.letter
            enabled: WizardController.notice.editable
            text: condition.letter + ". " + condition.conditionText
            checked: condition.confirmed
            onToggled: WizardController.notice.setConditionConfirmed(condition.index, condition.checked)
        }
    }

    Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        text: qsTr("2. Which kind of candidate are you?")
        font.bold: true
        wrapMode: Text.Wrap
    }
    ButtonGroup {
        id: typeGroup
    }
    RadioButton {
        id: socialButton

        objectName: "socialButton"
        enabled: root.notice.editable
        Layout.fillWidth: true
        text: qsTr("Independent candidate (社会考生)")
        checked: root.notice.candidateType === NoticeController.Social
        ButtonGroup.group: typeGroup
        Accessible.name: socialButton.text
        onToggled: if (checked)
            root.notice.candidateType = NoticeController.Social
    }
    Label {
        Layout.fillWidth: true
        Layout.leftMargin: 32
        text: qsTr("You studied entirely on your own and never registered or paid tuition at a self-study assistance institution for class-based teaching. Independent candidates file their graduation application in this system.")
        color: Theme.muted
        wrapMode: Text.Wrap
    }
    RadioButton {
        id: assistedButton

        objectName: "assistedButton"
        enabled: root.notice.editable
        Layout.fillWidth: true
        text: qsTr("Assisted candidate (助学考生)")
        checked: root.notice.candidateType === NoticeController.Assisted
        ButtonGroup.group: typeGroup
        Accessible.name: assistedButton.text
        onToggled: if (checked)
            root.notice.candidateType = NoticeController.Assisted
    }
    Label {
        Layout.fillWidth: true
        Layout.leftMargin: 32
        text: qsTr("You paid tuition at an accredited self-study assistance institution and study there in classes.")
        color: Theme.muted
        wrapMode: Text.Wrap
    }
    InfoBanner {
        Layout.fillWidth: true
        visible: root.notice.candidateType === NoticeController.Assisted
        kind: InfoBanner.Kind.Warning
        text: qsTr("Assisted candidates apply for graduation as their examining school requires. Ask your school or assistance institution how to apply; continue here only if they asked you to.")
    }
    ConfirmCheckBox {
        Layout.fillWidth: true
        objectName: "schoolAskedCheckBox"
        enabled: root.notice.editable
        visible: root.notice.candidateType === NoticeController.Assisted
        text: qsTr("My examining school asked me to apply in this system.")
        checked: root.notice.assistedConfirmed
        onToggled: root.notice.assistedConfirmed = checked
    }

    Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        text: qsTr("Please also read:")
        font.bold: true
        wrapMode: Text.Wrap
    }
    Repeater {
        model: [qsTr("3. Apply at your examining school or in this system: submit the graduation application, write the graduate's self-assessment and upload electronic images of your ID card."), qsTr("4. If your basic personal data (name or ID number) was recorded wrongly or has changed, apply in advance to your district or county examination office for a record correction (考籍更正). Independent candidates take the correction documents to the nearest district or county office themselves; assisted candidates ask their assistance institution."), qsTr("5. Candidates who need a course exemption must apply to the district or county examination office half a year in advance."), qsTr("6. Bachelor's applicants whose name or ID number was recorded wrongly or has changed, so that it no longer matches the registration of their prior degree and the automatic prior-degree check fails, must provide: proof of the change of identity data (household registration certificate), both sides of a valid ID card, the prior diploma, and the Ministry of Education's electronic registration record of the diploma (《教育部学历证书电子注册备案表》)."), qsTr("7. Read this notice carefully and make sure you understand the conditions and the process before you apply online; otherwise ask your examining school first.")]

        delegate: Paragraph {}
    }
    // Point 8 is the how-to of the whole application: its four parts one under another.
    Label {
        Layout.fillWidth: true
        text: qsTr("8. Applying online:")
        wrapMode: Text.Wrap
    }
    Repeater {
        model: [qsTr("a) Confirm the major and the examining school you graduate from. If you choose wrongly, contact that school and ask it to reject your application."), qsTr("b) Bachelor's applicants whose prior-degree check fails also enter their name, ID number, prior diploma number, prior school and graduation date, and upload images of the diploma and of the registration record, plus, if their identity data changed, the police station's stamped explanation of the change."), qsTr("c) Upload both sides of your ID card and write the self-assessment. Images must be JPG files of at most 50 KB, clear and legible, and unaltered originals; this application prepares them for you."), qsTr("d) The application succeeds once the examining school's first review has passed and the fee has been paid online. An application not completed in time is not processed this round. If it is rejected, change the information or add material as asked and resubmit in time, or apply next time.")]

        delegate: Paragraph {
            Layout.leftMargin: 2 * Theme.spacing
        }
    }
    Repeater {
        model: [qsTr("9. After submitting, follow the review here. It has three stages: examining school review, graduation review fee, and city examination office review. If the city office's final review fails, the fee is refunded to the paying account after this round."), qsTr("10. After the city office approves, the graduation certificate can be collected no earlier than 30 working days later. Certificates are issued by the examining school: see its website or call it for when and how to collect yours."), qsTr("11. For the bachelor's degree certificate (学位证), ask the examining school that grants the degree.")]

        delegate: Paragraph {}
    }

    ConfirmCheckBox {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        Layout.bottomMargin: Theme.padding
        objectName: "readCheckBox"
        enabled: root.notice.editable
        text: qsTr("I have read and understood the graduation application notice.")
        font.bold: true
        checked: root.notice.readConfirmed
        onToggled: root.notice.readConfirmed = checked
    }
}
