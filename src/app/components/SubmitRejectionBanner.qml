import QtQuick
import ZkGrad

// "Needs changes" (驳回): the examining school's reason at the top of each step its
// rejection names. Drop it into any entry page with that step's key; it hides itself
// when the step is not affected.
InfoBanner {
    id: root

    required property string stepKey
    readonly property CheckSubmitController check: WizardController.checkSubmit
    // Reading affectedSteps makes the binding follow the application.
    readonly property string reason: root.check.affectedSteps.length >= 0 ? root.check.rejectionFor(root.stepKey) : ""

    objectName: "rejectionBanner"
    visible: root.reason.length > 0
    kind: InfoBanner.Kind.Warning
    text: qsTr("Needs changes: the examining school returned your application. Reason: %1. Change this step as asked, then submit again on \"Check and submit\".").arg(root.reason)
}
