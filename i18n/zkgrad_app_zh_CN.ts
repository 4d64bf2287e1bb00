<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnnouncementItem</name>
    <message>
        <source>(not opened yet)</source>
        <translation>（未打开）</translation>
    </message>
    <message>
        <source>Open; press to close</source>
        <translation>已展开；按下可收起</translation>
    </message>
    <message>
        <source>Closed; press to read it</source>
        <translation>已收起；按下可阅读</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>发布于 %1</translation>
    </message>
</context>
<context>
    <name>AnnouncementList</name>
    <message>
        <source>The school has published no announcements for this round.</source>
        <translation>主考学校本批次未发布公告。</translation>
    </message>
</context>
<context>
    <name>ApplicationSession</name>
    <message>
        <source>Your application was changed elsewhere (%1). The latest copy has been loaded; your last change was applied on top of it. Please check this page.</source>
        <translation>您的申请已在别处被修改（%1）。已载入最新内容，您最近的修改已在其基础上保存。请核对本页。</translation>
    </message>
    <message>
        <source>Saved on the server</source>
        <translation>已保存到服务器</translation>
    </message>
    <message>
        <source>Saved on this computer</source>
        <translation>已保存在本机</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>正在上传…</translation>
    </message>
    <message>
        <source>Saved locally, will retry uploading</source>
        <translation>已保存在本机，稍后自动重试上传</translation>
    </message>
    <message>
        <source>The server refused a change; see the page</source>
        <translation>服务器未接受修改，请查看页面提示</translation>
    </message>
    <message>
        <source>Not accepted by the server: %1</source>
        <translation>服务器未接受：%1</translation>
    </message>
    <message>
        <source>Enter your ID number or admission ticket number.</source>
        <translation>请输入身份证号或准考证号。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>The server is not available yet. Wait a moment and try again.</source>
        <translation>服务器暂不可用，请稍候再试。</translation>
    </message>
    <message>
        <source>The ID number or admission ticket number and the password do not match. Check both and try again.</source>
        <translation>身份证号（或准考证号）与密码不匹配，请核对后重试。</translation>
    </message>
    <message>
        <source>This change was not saved on the server: the application has been submitted and cannot be changed until the school returns it. %1</source>
        <translation>此修改未保存到服务器：申请已提交，在主考学校退回之前不能修改。%1</translation>
    </message>
    <message>
        <source>This change was not saved on the server: the school returned other parts of the application, not this one. %1</source>
        <translation>此修改未保存到服务器：主考学校退回的是申请的其他部分，不是这一部分。%1</translation>
    </message>
    <message>
        <source>Not connected to the server: sign in and try again.</source>
        <translation>未连接到服务器：请登录后重试。</translation>
    </message>
    <message>
        <source>Not connected to the server: sign in to see the latest status.</source>
        <translation>未连接到服务器：请登录后查看最新状态。</translation>
    </message>
    <message>
        <source>There is no application on the server yet.</source>
        <translation>服务器上还没有您的毕业申请。</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>无法连接到服务器。</translation>
    </message>
</context>
<context>
    <name>CertificateController</name>
    <message>
        <source>The collection date is known once the city self-study examination office approves the application.</source>
        <translation>市自考办审核通过后即可显示领证日期。</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>This date is an estimate: the official holidays for %1 have not been published in the app yet, so only weekends were skipped for that year. The real date may be later.</source>
        <translation>此日期为估算：本软件尚未收录 %1 年的法定节假日安排，该年份仅扣除了周末，实际日期可能更晚。</translation>
    </message>
    <message>
        <source>Collect the graduation certificate as your examining school announces it: watch its announcements (主考学校公告) for the place and time.</source>
        <translation>毕业证书请按主考学校的通知领取，领取地点和时间请关注主考学校公告。</translation>
    </message>
    <message>
        <source>Collect the graduation certificate as %1 announces it: watch its announcements (主考学校公告) for the place and time.</source>
        <translation>毕业证书请按%1的通知领取，领取地点和时间请关注主考学校公告。</translation>
    </message>
    <message>
        <source>This is about the graduation certificate (毕业证书) only. A bachelor&apos;s degree certificate (学位证) is handled by the degree-granting school: ask that school whether and how to apply.</source>
        <translation>此处仅指毕业证书。学士学位证书（学位证）由学位授予单位办理，是否可以申请及如何申请请咨询该学校。</translation>
    </message>
</context>
<context>
    <name>CertificatePage</name>
    <message>
        <source>Graduation certificate</source>
        <translation>领取毕业证书</translation>
    </message>
    <message>
        <source>The graduation certificate can be collected at the earliest 30 working days after the city self-study examination office&apos;s approval.</source>
        <translation>毕业证书最早可于市自考办审核通过之日起 30 个工作日后领取。</translation>
    </message>
    <message>
        <source>Approved on:</source>
        <translation>审核通过日期：</translation>
    </message>
    <message>
        <source>Approved on %1</source>
        <translation>审核通过日期：%1</translation>
    </message>
    <message>
        <source>Earliest collection (estimate):</source>
        <translation>最早领证日期（估算）：</translation>
    </message>
    <message>
        <source>Earliest collection:</source>
        <translation>最早领证日期：</translation>
    </message>
    <message>
        <source>Earliest collection date, an estimate: %1</source>
        <translation>最早领证日期（估算）：%1</translation>
    </message>
    <message>
        <source>Earliest collection date: %1</source>
        <translation>最早领证日期：%1</translation>
    </message>
    <message>
        <source>From the examining school: %1</source>
        <translation>主考学校说明：%1</translation>
    </message>
</context>
<context>
    <name>CheckSubmitController</name>
    <message>
        <source>Fix every listed problem before you submit. First: %1 (step &quot;%2&quot;).</source>
        <translation>提交前请先解决列出的全部问题。第一项：%1（步骤“%2”）。</translation>
    </message>
    <message>
        <source>Submit the application for the examining school&apos;s review: press &quot;Submit for review&quot;.</source>
        <translation>请提交申请，由主考学校初审：点击“提交初审”。</translation>
    </message>
    <message>
        <source>The application window opens on %1 (Beijing time). You can submit from then on; until then you can prepare and check everything.</source>
        <translation>本次申请将于 %1（北京时间）开放，届时方可提交；在此之前可先准备并核对全部材料。</translation>
    </message>
    <message>
        <source>The application window closed on %1 (Beijing time). Submitting is no longer possible in this batch; apply in the next batch.</source>
        <translation>本次申请已于 %1（北京时间）截止，本批次不能再提交，请在下一批次申请。</translation>
    </message>
    <message>
        <source>The application window is open.</source>
        <translation>本次申请正在开放中。</translation>
    </message>
    <message>
        <source>The application window is open until %1 (Beijing time).</source>
        <translation>本次申请开放至 %1（北京时间）。</translation>
    </message>
    <message>
        <source>%1 days left: the application window closes on %2 (Beijing time).</source>
        <translation>距截止还有 %1 天：本次申请于 %2（北京时间）截止。</translation>
    </message>
    <message>
        <source>%1 hours left: the application window closes on %2 (Beijing time).</source>
        <translation>距截止还有 %1 小时：本次申请于 %2（北京时间）截止。</translation>
    </message>
    <message>
        <source>Less than an hour left: the application window closes on %1 (Beijing time).</source>
        <translation>距截止已不足 1 小时：本次申请于 %1（北京时间）截止。</translation>
    </message>
    <message>
        <source>This step is not available in this version of the app.</source>
        <translation>本版本暂不提供此步骤。</translation>
    </message>
    <message>
        <source>This step is not complete yet.</source>
        <translation>此步骤尚未完成。</translation>
    </message>
    <message>
        <source>The server still reports: %1. Open the step so that it is sent again, or check your connection.</source>
        <translation>服务器仍提示：%1。请打开该步骤以重新发送，或检查网络连接。</translation>
    </message>
    <message>
        <source>The server still reports: %1.</source>
        <translation>服务器仍提示：%1。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The application has been submitted; nothing can be changed until the examining school decides.</source>
        <translation>申请已提交，在主考学校作出审核结论前不能修改任何内容。</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <source>Fix every problem listed on this page first.</source>
        <translation>请先解决本页列出的全部问题。</translation>
    </message>
    <message>
        <source>Your application is not on the server yet: sign in, choose your major and examining school on the profile step, then come back.</source>
        <translation>您的申请尚未在服务器上创建：请登录，在“考生信息”步骤选择申请专业和主考学校后再回到此页。</translation>
    </message>
    <message>
        <source>The application could not be submitted. Check your connection and press &quot;Submit for review&quot; again; it is never submitted twice.</source>
        <translation>申请未能提交。请检查网络连接后再次点击“提交初审”；不会重复提交。</translation>
    </message>
    <message>
        <source>The application could not be submitted: %1</source>
        <translation>申请未能提交：%1</translation>
    </message>
    <message>
        <source>Not connected to the server: sign in again, then press &quot;Submit for review&quot; again.</source>
        <translation>未连接到服务器：请重新登录后再次点击“提交初审”。</translation>
    </message>
</context>
<context>
    <name>CheckSubmitPage</name>
    <message>
        <source>Submit the application again?</source>
        <translation>确定重新提交申请吗？</translation>
    </message>
    <message>
        <source>Submit the application?</source>
        <translation>确定提交申请吗？</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Submit the application now</source>
        <translation>立即提交申请</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel and go on checking</source>
        <translation>取消，继续核对</translation>
    </message>
    <message>
        <source>Check every answer below. Use &quot;Change&quot; to correct a step; submit when everything is right.</source>
        <translation>请逐项核对以下信息。需要更正时点击“修改”返回相应步骤；确认无误后再提交。</translation>
    </message>
    <message>
        <source>The examining school returned your application. Reason: %1. Change the steps marked &quot;Needs changes&quot;, then submit again.</source>
        <translation>主考学校已驳回您的申请。驳回原因：%1。请修改标有“需要修改”的步骤后重新提交。</translation>
    </message>
    <message>
        <source>Before you can submit, fix the following (each link opens its step):</source>
        <translation>提交前请先解决以下问题（点击各项可打开对应步骤）：</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <source>Submit again</source>
        <translation>重新提交</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>提交初审</translation>
    </message>
    <message>
        <source>Save a PDF receipt…</source>
        <translation>保存PDF回执…</translation>
    </message>
    <message>
        <source>Save a PDF receipt of the submitted application</source>
        <translation>将已提交的申请保存为PDF回执</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>保存回执</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
    <message>
        <source>What you submitted, as the examining school sees it.</source>
        <translation>以下是您已提交的内容，与主考学校看到的一致。</translation>
    </message>
    <message>
        <source>After submission nothing can be changed until the examining school has reviewed your application.</source>
        <translation>提交后，在主考学校审核完成之前不能修改任何内容。</translation>
    </message>
    <message>
        <source>Application submitted</source>
        <translation>申请已提交</translation>
    </message>
    <message>
        <source>Your application (round %1) reached the examining school on %2.</source>
        <translation>您的申请（第 %1 次提交）已于 %2 送达主考学校。</translation>
    </message>
    <message>
        <source>Your application (round %1) has reached the examining school.</source>
        <translation>您的申请（第 %1 次提交）已送达主考学校。</translation>
    </message>
    <message>
        <source>What happens next: the examining school reviews it, then you pay the review fee, then the city self-study examination office reviews it. Nothing can be changed while the school reviews it; if the school returns it, you will see why and what to change. Follow it on &quot;Review progress&quot;.</source>
        <translation>接下来：主考学校审核，审核通过后交纳毕业审定费，然后由市自考办审核。学校审核期间不能修改；如学校退回申请，您会看到原因和需要修改的内容。请在“审核进度”中查看。</translation>
    </message>
    <message>
        <source>Follow the review</source>
        <translation>查看审核进度</translation>
    </message>
    <message>
        <source>Open the review progress</source>
        <translation>打开审核进度</translation>
    </message>
    <message>
        <source>I declare that everything in this application is true and complete. I understand that false information can lead to the graduation certificate being refused or withdrawn.</source>
        <translation>本人承诺所填信息真实、完整。如有虚假，本人知晓可能导致不予发放或撤销毕业证书。</translation>
    </message>
    <message>
        <source>Tick the declaration above to submit.</source>
        <translation>请先勾选上方的承诺，再提交。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Since then: %1. &quot;Review progress&quot; says what to do now.</source>
        <translation>此后：%1。现在需要做什么，请看“审核进度”。</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>Your password could not be remembered: this computer has no usable password keychain. Enter it each time you sign in.</source>
        <translation>无法记住密码：这台电脑没有可用的系统密码钥匙串。请每次登录时输入密码。</translation>
    </message>
    <message>
        <source>Your password could not be remembered: the system keychain did not answer. Enter it each time you sign in.</source>
        <translation>未能记住您的密码：系统钥匙串没有响应。请每次登录时输入密码。</translation>
    </message>
</context>
<context>
    <name>DocumentCornerHandle</name>
    <message>
        <source>Top-left corner of the card</source>
        <translation>证件左上角</translation>
    </message>
    <message>
        <source>Top-right corner of the card</source>
        <translation>证件右上角</translation>
    </message>
    <message>
        <source>Bottom-right corner of the card</source>
        <translation>证件右下角</translation>
    </message>
    <message>
        <source>Bottom-left corner of the card</source>
        <translation>证件左下角</translation>
    </message>
    <message>
        <source>Top-left corner of the page</source>
        <translation>纸张左上角</translation>
    </message>
    <message>
        <source>Top-right corner of the page</source>
        <translation>纸张右上角</translation>
    </message>
    <message>
        <source>Bottom-right corner of the page</source>
        <translation>纸张右下角</translation>
    </message>
    <message>
        <source>Bottom-left corner of the page</source>
        <translation>纸张左下角</translation>
    </message>
    <message>
        <source>Drag it, or use the arrow keys, to put it on the corner. Shift with an arrow key moves it further.</source>
        <translation>拖动它，或用方向键移动它，把它对准这个角。按住 Shift 再按方向键，一次移动得更多。</translation>
    </message>
</context>
<context>
    <name>DocumentReview</name>
    <message>
        <source>Only the card, straightened</source>
        <translation>只用证件部分，并摆正</translation>
    </message>
    <message>
        <source>Only the page, straightened</source>
        <translation>只用纸张部分，并摆正</translation>
    </message>
    <message>
        <source>Use the whole photo</source>
        <translation>使用整张照片</translation>
    </message>
    <message>
        <source>Your photo</source>
        <translation>您的照片</translation>
    </message>
    <message>
        <source>Your photo: put the four corners on the card&apos;s corners</source>
        <translation>您的照片：把四个圆点对准证件的四个角</translation>
    </message>
    <message>
        <source>Your photo: put the four corners on the page&apos;s corners</source>
        <translation>您的照片：把四个圆点对准纸张的四个角</translation>
    </message>
    <message>
        <source>Your photo for %1</source>
        <translation>%1的原照片</translation>
    </message>
    <message>
        <source>Keyboard: Tab selects a corner, the arrow keys move it, Shift with an arrow key moves it further.</source>
        <translation>用键盘：按 Tab 键选中一个角，用方向键移动它；按住 Shift 再按方向键，一次移动得更多。</translation>
    </message>
    <message>
        <source>The image that will be used</source>
        <translation>将使用的图片</translation>
    </message>
    <message>
        <source>The card, straightened: the image that will be used</source>
        <translation>摆正后的证件：将使用的图片</translation>
    </message>
    <message>
        <source>The page, straightened: the image that will be used</source>
        <translation>摆正后的纸张：将使用的图片</translation>
    </message>
    <message>
        <source>The image that will be used for %1</source>
        <translation>%1将使用的图片</translation>
    </message>
    <message>
        <source>Straightening the photo</source>
        <translation>正在摆正照片</translation>
    </message>
    <message>
        <source>Straightening…</source>
        <translation>正在摆正…</translation>
    </message>
    <message>
        <source>%1 × %2 pixels · %3</source>
        <translation>%1 × %2 像素 · %3</translation>
    </message>
    <message>
        <source>Use this image</source>
        <translation>使用这张图片</translation>
    </message>
    <message>
        <source>Use this image for %1 and upload it</source>
        <translation>使用这张图片：用作%1并上传</translation>
    </message>
    <message>
        <source>Put the corners back where they were found</source>
        <translation>恢复自动找到的四个角</translation>
    </message>
    <message>
        <source>Cancel, do not use this photo</source>
        <translation>取消，不用这张照片</translation>
    </message>
    <message>
        <source>Cancel, do not use this photo for %1</source>
        <translation>取消，不用这张照片：不把它用作%1</translation>
    </message>
    <message>
        <source>Turn upside down</source>
        <translation>上下颠倒过来</translation>
    </message>
    <message>
        <source>Turn the straightened image upside down</source>
        <translation>把摆正后的图片上下颠倒过来</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <source>Please fix the following before you continue:</source>
        <translation>继续之前请先修改以下问题：</translation>
    </message>
    <message>
        <source>%1 (fixed)</source>
        <translation>%1（已改正）</translation>
    </message>
</context>
<context>
    <name>IdPhotosController</name>
    <message>
        <source>Portrait side of the ID card (人像面)</source>
        <translation>身份证人像面</translation>
    </message>
    <message>
        <source>The side with your photo. Lay the card flat on a dark, plain surface, photograph it straight from above in good light, without glare on the photo; all four corners and every character must be visible.</source>
        <translation>印有本人照片的一面。请将身份证平放在深色、无花纹的桌面上，在光线充足处从正上方拍摄，照片上不要有反光；四个角和所有文字都须完整可见。</translation>
    </message>
    <message>
        <source>National emblem side of the ID card (国徽面)</source>
        <translation>身份证国徽面</translation>
    </message>
    <message>
        <source>The side with the national emblem and the validity period. Same as the portrait side: flat, straight from above, sharp and without glare.</source>
        <translation>印有国徽和有效期限的一面。要求同人像面：平放、正上方拍摄、清晰、无反光。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is still being prepared; wait a moment.</source>
        <translation>%1正在处理中，请稍候。</translation>
    </message>
    <message>
        <source>The portrait side of the ID card (人像面) is missing: choose a photo or scan of the side with your photo.</source>
        <translation>尚未上传身份证人像面：请选择印有本人照片一面的照片或扫描件。</translation>
    </message>
    <message>
        <source>The national emblem side of the ID card (国徽面) is missing: choose a photo or scan of the side with the national emblem.</source>
        <translation>尚未上传身份证国徽面：请选择印有国徽一面的照片或扫描件。</translation>
    </message>
    <message>
        <source>Front (portrait side)</source>
        <translation>身份证人像面</translation>
    </message>
    <message>
        <source>Back (national emblem side)</source>
        <translation>身份证国徽面</translation>
    </message>
    <message>
        <source>%1: check the new photo, then press &quot;Use this image&quot; or cancel it.</source>
        <translation>%1：请查看新照片，然后按“使用这张图片”，或取消。</translation>
    </message>
</context>
<context>
    <name>IdPhotosPage</name>
    <message>
        <source>Add a photo or scan of each side of your valid second-generation ID card.</source>
        <translation>请分别上传本人有效第二代居民身份证正反两面的照片或扫描件。</translation>
    </message>
    <message>
        <source>Use the original card, not a copy. Each image is turned upright, scaled and compressed here to a JPG of at most %1 KB; check at 100 % that every character is legible before you go on.</source>
        <translation>请使用身份证原件拍摄，不得使用复印件。每张图片将在本机自动转正、缩放并压缩为不超过 %1 KB 的 JPG 文件；继续之前，请按 100% 查看，确认每个字都清晰可辨。</translation>
    </message>
</context>
<context>
    <name>ImageSource</name>
    <message>
        <source>Choose an image for &quot;%1&quot;</source>
        <translation>为“%1”选择图片</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>选择图片</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>图片 (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>重新选择文件…</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Choose a file for %1</source>
        <translation>为%1选择文件</translation>
    </message>
    <message>
        <source>Paste (Ctrl+V)</source>
        <translation>粘贴 (Ctrl+V)</translation>
    </message>
    <message>
        <source>Paste an image from the clipboard into %1</source>
        <translation>将剪贴板中的图片粘贴为%1</translation>
    </message>
</context>
<context>
    <name>InfoBanner</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>关闭此提示</translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message numerus="yes">
        <source>For your privacy, everything entered on this computer will be cleared in %n second(s). Tap &quot;Continue&quot; to keep working.</source>
        <translation>
            <numerusform>为保护您的个人信息，本机上填写的全部内容将在 %n 秒后清除。如需继续填写，请点击“继续”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in a minute.</source>
        <translation>密码错误次数过多，请一分钟后再试。</translation>
    </message>
    <message>
        <source>Wrong PIN %1 times. The PIN entry is locked for a minute.</source>
        <translation>密码已连续输错 %1 次，密码输入已锁定一分钟。</translation>
    </message>
    <message>
        <source>Wrong PIN. Check it and try again (%1 of %2 attempts left).</source>
        <translation>密码错误，请核对后重新输入（还可尝试 %1 次，共 %2 次）。</translation>
    </message>
</context>
<context>
    <name>KioskCountdownDialog</name>
    <message>
        <source>Are you still there?</source>
        <translation>您还在吗？</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>还剩 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Continue: I am still here</source>
        <translation>继续：我还在填写</translation>
    </message>
</context>
<context>
    <name>KioskFinishDialog</name>
    <message>
        <source>Finish and clear</source>
        <translation>完成并清除</translation>
    </message>
    <message>
        <source>You will be signed out and everything you entered on this computer will be cleared, so the next person sees nothing of it. What was already saved on the server stays there: sign in again on any computer to continue.</source>
        <translation>您将退出登录，本机上填写的全部内容将被清除，下一位使用者看不到任何信息。已保存到服务器的内容不受影响，可在任意电脑上重新登录后继续办理。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel and keep working</source>
        <translation>取消，继续填写</translation>
    </message>
    <message>
        <source>Finish, sign out and clear everything on this computer</source>
        <translation>完成办理，退出登录并清除本机上的全部内容</translation>
    </message>
</context>
<context>
    <name>KioskStaffDialog</name>
    <message>
        <source>Staff menu</source>
        <translation>工作人员菜单</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>工作人员密码</translation>
    </message>
    <message>
        <source>For school staff: enter the staff PIN to exit or clear this computer.</source>
        <translation>仅限学校工作人员：输入工作人员密码后可退出程序或清除本机内容。</translation>
    </message>
    <message>
        <source>Clear the PIN</source>
        <translation>清空已输入的密码</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>删除最后一位</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel and go back to the application</source>
        <translation>取消，返回申请页面</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Check the PIN</source>
        <translation>验证密码</translation>
    </message>
    <message>
        <source>Exit the app</source>
        <translation>退出程序</translation>
    </message>
    <message>
        <source>Clear everything and exit the app</source>
        <translation>清除全部内容并退出程序</translation>
    </message>
    <message>
        <source>Clear now</source>
        <translation>立即清除</translation>
    </message>
    <message>
        <source>Sign out the candidate and clear everything now</source>
        <translation>立即退出考生登录并清除全部内容</translation>
    </message>
    <message>
        <source>Close the staff menu</source>
        <translation>关闭工作人员菜单</translation>
    </message>
    <message>
        <source>PIN (%1 to %2 digits)</source>
        <translation>密码（%1 至 %2 位数字）</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Self-study graduation application</source>
        <translation>自考毕业申请</translation>
    </message>
    <message>
        <source>Chongqing higher-education self-study examinations</source>
        <translation>重庆市高等教育自学考试</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Saved on this computer</source>
        <translation>已保存在本机</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>已登录：%1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Please sign in again</source>
        <translation>请重新登录</translation>
    </message>
    <message>
        <source>Your session has expired. Everything you entered is kept on this computer; enter your password to continue uploading it.</source>
        <translation>登录已过期。您填写的内容都保存在本机；输入密码后将继续上传。</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>%1 的密码</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>Sign in later; changes stay on this computer</source>
        <translation>稍后登录；修改保留在本机</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>大字</translation>
    </message>
    <message>
        <source>Large text is on; switch it off</source>
        <translation>大字模式已开启，点击关闭</translation>
    </message>
    <message>
        <source>Switch large text on</source>
        <translation>开启大字模式</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <source>Menu: finish and clear, large text</source>
        <translation>菜单：完成并清除、大字模式</translation>
    </message>
    <message>
        <source>Finish and clear</source>
        <translation>完成并清除</translation>
    </message>
    <message>
        <source>Finish, sign out and clear everything on this computer</source>
        <translation>完成办理，退出登录并清除本机上的全部内容</translation>
    </message>
    <message>
        <source>Kept in memory only, cleared when you finish</source>
        <translation>仅保存在内存中，完成后即清除</translation>
    </message>
</context>
<context>
    <name>MaterialsController</name>
    <message>
        <source>Other material %1</source>
        <translation>其它材料 %1</translation>
    </message>
    <message>
        <source>A certificate or explanation the school asked for, or anything that supports your application. Photograph or scan each page separately, flat, sharp and complete.</source>
        <translation>主考学校要求提供的证明、说明，或其它有助于审核的材料。每页单独拍摄或扫描，须平整、清晰、完整。</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 字</translation>
    </message>
    <message>
        <source>The situation note (情况说明) has %1 characters; at most %2 are allowed. Shorten it by %3 characters.</source>
        <translation>情况说明现有 %1 字，最多允许 %2 字。请删减 %3 字。</translation>
    </message>
    <message>
        <source>The situation note (情况说明): %1</source>
        <translation>情况说明：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is still being prepared; wait a moment.</source>
        <translation>%1正在处理中，请稍候。</translation>
    </message>
    <message>
        <source>Situation note</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Other materials</source>
        <translation>其它材料</translation>
    </message>
    <message>
        <source>%1: check the new photo, then press &quot;Use this image&quot; or cancel it.</source>
        <translation>%1：请查看新照片，然后按“使用这张图片”，或取消。</translation>
    </message>
</context>
<context>
    <name>MaterialsPage</name>
    <message>
        <source>Both parts are optional. Use them when your situation needs explaining or the school asked you for more material.</source>
        <translation>以下两项均为选填。如您的情况需要说明，或主考学校要求补充材料，请在此填写或上传。</translation>
    </message>
    <message>
        <source>Parts of this step have been submitted and cannot be changed now. If the school returns them to you, you can change them here again.</source>
        <translation>本步骤的部分内容已提交，目前不能修改。如主考学校退回，可在此重新修改。</translation>
    </message>
    <message>
        <source>Situation note (情况说明, optional)</source>
        <translation>情况说明（选填）</translation>
    </message>
    <message>
        <source>Explain anything the school should know, for example a changed name or an exam taken under an earlier ID number. At most %1 characters; spaces and line breaks do not count.</source>
        <translation>请说明需要主考学校了解的情况，例如姓名变更、曾以原身份证号参加考试等。最多 %1 字，空格和换行不计入字数。</translation>
    </message>
    <message>
        <source>Optional: write your note to the school here.</source>
        <translation>选填：请在此填写情况说明。</translation>
    </message>
    <message>
        <source>Situation note</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <source>Other materials (其它材料, optional)</source>
        <translation>其它材料（选填）</translation>
    </message>
    <message>
        <source>%1 of %2 images added. One image per page; each is prepared to the size limit here.</source>
        <translation>已添加 %1 张，最多 %2 张。每页材料一张图片，本机将自动处理至规定大小。</translation>
    </message>
    <message>
        <source>Add a material</source>
        <translation>添加材料</translation>
    </message>
    <message>
        <source>Add another material</source>
        <translation>继续添加材料</translation>
    </message>
    <message>
        <source>All %1 places are used. Remove an image to add a different one.</source>
        <translation>%1 张已全部添加。如需更换，请先删除一张。</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>返回上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>进入下一步</translation>
    </message>
    <message>
        <source>Finish and clear</source>
        <translation>完成并清除</translation>
    </message>
    <message>
        <source>Finish, sign out and clear everything on this computer</source>
        <translation>完成办理，退出登录并清除本机上的全部内容</translation>
    </message>
    <message>
        <source>Cannot go on yet: %1</source>
        <translation>暂不能继续：%1</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>I have passed every course in the examination plan of my major.</source>
        <translation>我已考完专业考试计划规定的全部课程，并取得合格成绩。</translation>
    </message>
    <message>
        <source>all courses passed</source>
        <translation>全部课程合格</translation>
    </message>
    <message>
        <source>I have completed and passed all practical parts and the graduation assessment (graduation project, thesis and so on) at the examining school where I apply.</source>
        <translation>我已在申请毕业的主考学校完成了专业全部实践性环节和毕业考核（包括毕业设计、毕业论文等），并取得合格成绩。</translation>
    </message>
    <message>
        <source>practical parts and thesis passed</source>
        <translation>实践环节和毕业考核合格</translation>
    </message>
    <message>
        <source>I have passed the moral character assessment.</source>
        <translation>我的思想品德考核合格。</translation>
    </message>
    <message>
        <source>moral character assessment</source>
        <translation>思想品德考核</translation>
    </message>
    <message>
        <source>My course exemptions and course substitutions comply with the regulations.</source>
        <translation>我的课程免考、课程替换符合规定。</translation>
    </message>
    <message>
        <source>exemptions and substitutions</source>
        <translation>免考与课程替换</translation>
    </message>
    <message>
        <source>If I apply for a bachelor&apos;s (本科) graduation, my prior degree complies with the regulations.</source>
        <translation>如申请本科毕业，我的前置学历符合规定。</translation>
    </message>
    <message>
        <source>prior degree</source>
        <translation>前置学历</translation>
    </message>
    <message>
        <source>I have not broken any national law in a way that bars me from receiving a graduation certificate.</source>
        <translation>我没有违反国家法律规定的不能取得毕业证书的行为。</translation>
    </message>
    <message>
        <source>no legal bar</source>
        <translation>无违法情形</translation>
    </message>
    <message>
        <source>Confirm condition %1 (%2).</source>
        <translation>请确认条件 %1（%2）。</translation>
    </message>
    <message>
        <source>Choose whether you are an independent candidate or an assisted candidate.</source>
        <translation>请选择您是社会考生还是助学考生。</translation>
    </message>
    <message>
        <source>As an assisted candidate, confirm that your examining school asked you to apply here.</source>
        <translation>您是助学考生：请确认主考学校要求您在本系统申请。</translation>
    </message>
    <message>
        <source>Confirm that you have read and understood the notice.</source>
        <translation>请确认您已阅读并理解毕业申请须知。</translation>
    </message>
    <message>
        <source>You confirmed the notice when you submitted the application; it can no longer be changed.</source>
        <translation>您已在提交申请时确认本须知，现已不能更改。</translation>
    </message>
    <message>
        <source>Application window of this round: %1 to %2 (Beijing time).</source>
        <translation>本次申请时间：%1 至 %2（北京时间）。</translation>
    </message>
    <message>
        <source>Application window of this round: until %1 (Beijing time).</source>
        <translation>本次申请时间：截至 %1（北京时间）。</translation>
    </message>
    <message>
        <source>Application window: the server has not announced the dates of this round yet. Ask your examining school before you rely on a date.</source>
        <translation>申请时间：服务器尚未公布本次申请的起止日期。请先向主考学校确认，不要自行推测日期。</translation>
    </message>
    <message>
        <source>Application window: the dates of this round come from the examination authority&apos;s server and appear here once this computer is connected to it.</source>
        <translation>申请时间：本次申请的起止日期由考试机构的服务器提供，本机连接服务器后会在此显示。</translation>
    </message>
</context>
<context>
    <name>NoticeController</name>
    <message>
        <source>Self-study candidate (社会考生)</source>
        <translation>社会考生</translation>
    </message>
    <message>
        <source>Assisted candidate (助学考生)</source>
        <translation>助学考生</translation>
    </message>
    <message>
        <source>Candidate type</source>
        <translation>考生类别</translation>
    </message>
    <message>
        <source>Eligibility conditions</source>
        <translation>申请条件</translation>
    </message>
    <message>
        <source>All confirmed</source>
        <translation>已全部确认</translation>
    </message>
    <message>
        <source>Not all confirmed</source>
        <translation>尚未全部确认</translation>
    </message>
    <message>
        <source>Notice read</source>
        <translation>已阅读须知</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>NoticePage</name>
    <message>
        <source>Graduation application notice</source>
        <translation>毕业申请须知</translation>
    </message>
    <message>
        <source>Read the notice and confirm each point. You can apply only if every condition is met.</source>
        <translation>请阅读须知并逐项确认。只有满足全部条件才可以申请毕业。</translation>
    </message>
    <message>
        <source>1. Candidates of the higher-education self-study examinations who meet all of the following conditions may apply for the graduation certificate. Confirm each one:</source>
        <translation>1. 参加高等教育自学考试的考生，具备下列条件者，方可申请办理毕业证书相关手续。请逐项确认：</translation>
    </message>
    <message>
        <source>2. Which kind of candidate are you?</source>
        <translation>2. 您属于哪一类考生？</translation>
    </message>
    <message>
        <source>Independent candidate (社会考生)</source>
        <translation>社会考生</translation>
    </message>
    <message>
        <source>You studied entirely on your own and never registered or paid tuition at a self-study assistance institution for class-based teaching. Independent candidates file their graduation application in this system.</source>
        <translation>完全独立自学参加自考，未到任何自考助学单位报到缴纳学费参与在校班级制教学学习的考生。社会考生均在本系统填写毕业申请。</translation>
    </message>
    <message>
        <source>Assisted candidate (助学考生)</source>
        <translation>助学考生</translation>
    </message>
    <message>
        <source>You paid tuition at an accredited self-study assistance institution and study there in classes.</source>
        <translation>在合法的自考助学单位缴纳学费，参与在校班级制教学学习的在校生。</translation>
    </message>
    <message>
        <source>Assisted candidates apply for graduation as their examining school requires. Ask your school or assistance institution how to apply; continue here only if they asked you to.</source>
        <translation>助学考生毕业申办需根据所在主考学校的管理要求办理。请先向主考学校或助学单位咨询申办方式；只有在学校要求您在本系统申请时才继续。</translation>
    </message>
    <message>
        <source>My examining school asked me to apply in this system.</source>
        <translation>主考学校要求我在本系统申请毕业。</translation>
    </message>
    <message>
        <source>Please also read:</source>
        <translation>另请阅读：</translation>
    </message>
    <message>
        <source>3. Apply at your examining school or in this system: submit the graduation application, write the graduate&apos;s self-assessment and upload electronic images of your ID card.</source>
        <translation>3. 考生到主考学校或者在本系统中提交毕业申请，填写毕业生自我鉴定，提交身份证电子图片。</translation>
    </message>
    <message>
        <source>4. If your basic personal data (name or ID number) was recorded wrongly or has changed, apply in advance to your district or county examination office for a record correction (考籍更正). Independent candidates take the correction documents to the nearest district or county office themselves; assisted candidates ask their assistance institution.</source>
        <translation>4. 考生个人基本信息（姓名及身份证号）建档时录入错误或发生变更，应提前向区县考试机构申请考籍更正。社会考生如需考籍更正，请自行前往就近区县提交考籍更正材料；助学考生请咨询所在助学单位。</translation>
    </message>
    <message>
        <source>5. Candidates who need a course exemption must apply to the district or county examination office half a year in advance.</source>
        <translation>5. 需办理课程免试手续的考生，应提前半年向区县考试机构申请办理。</translation>
    </message>
    <message>
        <source>6. Bachelor&apos;s applicants whose name or ID number was recorded wrongly or has changed, so that it no longer matches the registration of their prior degree and the automatic prior-degree check fails, must provide: proof of the change of identity data (household registration certificate), both sides of a valid ID card, the prior diploma, and the Ministry of Education&apos;s electronic registration record of the diploma (《教育部学历证书电子注册备案表》).</source>
        <translation>6. 申请本科毕业，因个人基本信息（姓名及身份证号）建档时录入错误或发生变更，造成与前置学历注册信息不相符导致系统未能通过前置学历核查的，应提供以下材料：身份信息变更材料（户籍证明）、有效身份证正反面、前置学历毕业证、《教育部学历证书电子注册备案表》。</translation>
    </message>
    <message>
        <source>7. Read this notice carefully and make sure you understand the conditions and the process before you apply online; otherwise ask your examining school first.</source>
        <translation>7. 考生申请毕业须认真阅读《毕业申办须知》，熟悉毕业申报条件及办理流程，在完全了解后方可自行网上申报毕业，否则请详细咨询主考学校后再行申办毕业。</translation>
    </message>
    <message>
        <source>9. After submitting, follow the review here. It has three stages: examining school review, graduation review fee, and city examination office review. If the city office&apos;s final review fails, the fee is refunded to the paying account after this round.</source>
        <translation>9. 提交毕业申请后，可在本系统查看审核进度及审核结果。审核进度包含三个阶段：主考学校初审、缴纳毕业审定费、市自考办审核。市自考办终审未通过的考生，其所交毕业审定费在当次毕业办理结束后退回原交费账号。</translation>
    </message>
    <message>
        <source>10. After the city office approves, the graduation certificate can be collected no earlier than 30 working days later. Certificates are issued by the examining school: see its website or call it for when and how to collect yours.</source>
        <translation>10. 市自考办审核通过后，至少还需要 30 个工作日才可以领取毕业证书。毕业证由主考学校颁发，具体领取时间及方式请查询主考学校网站公告或电话咨询。</translation>
    </message>
    <message>
        <source>11. For the bachelor&apos;s degree certificate (学位证), ask the examining school that grants the degree.</source>
        <translation>11. 本科专业学位证的申办事宜请向授位主考学校咨询。</translation>
    </message>
    <message>
        <source>I have read and understood the graduation application notice.</source>
        <translation>我已阅读并理解《毕业申请须知》。</translation>
    </message>
    <message>
        <source>8. Applying online:</source>
        <translation>8. 网上申请毕业操作说明：</translation>
    </message>
    <message>
        <source>a) Confirm the major and the examining school you graduate from. If you choose wrongly, contact that school and ask it to reject your application.</source>
        <translation>a）考生确认申请毕业的专业及主考学校，如存在误选，请自行联系所选主考学校驳回毕业申请；</translation>
    </message>
    <message>
        <source>b) Bachelor&apos;s applicants whose prior-degree check fails also enter their name, ID number, prior diploma number, prior school and graduation date, and upload images of the diploma and of the registration record, plus, if their identity data changed, the police station&apos;s stamped explanation of the change.</source>
        <translation>b）申请本科学历毕业的考生如前置学历核查未通过，还需填写姓名、身份证号、前置学历毕业证编号、前置学历毕业院校、毕业时间，并上传毕业证书电子图片以及《教育部学历证书电子注册备案表》电子图片，有身份信息变更的还需上传派出所盖鲜章的改名或身份证号的情况说明电子图片；</translation>
    </message>
    <message>
        <source>c) Upload both sides of your ID card and write the self-assessment. Images must be JPG files of at most 50 KB, clear and legible, and unaltered originals; this application prepares them for you.</source>
        <translation>c）考生上传有效身份证正反面电子图片，并认真填写毕业生自我鉴定。电子图片须为 jpg 格式，文件大小不超过 50 KB，清晰、清楚可辨认，原图无修改；本程序会帮您处理好图片；</translation>
    </message>
    <message>
        <source>d) The application succeeds once the examining school&apos;s first review has passed and the fee has been paid online. An application not completed in time is not processed this round. If it is rejected, change the information or add material as asked and resubmit in time, or apply next time.</source>
        <translation>d）考生毕业申请经主考学校初审通过并完成网上交费后即为申请成功。考生未能在规定时间内申请成功，当次不予办理。未通过初审、毕业申请被驳回的，应按驳回要求修改信息或补充材料，及时重新提交申请或下次再申请。</translation>
    </message>
</context>
<context>
    <name>PaymentController</name>
    <message>
        <source>The fee can be paid only after the examining school approves the application.</source>
        <translation>主考学校初审通过后方可缴费。</translation>
    </message>
    <message>
        <source>The payment has not been confirmed yet: pay with the QR code or the link and wait for the confirmation.</source>
        <translation>尚未确认缴费：请扫描二维码或打开缴费链接完成支付，并等待确认。</translation>
    </message>
    <message>
        <source>The graduation review fee is not paid yet: press &quot;Pay the fee&quot;.</source>
        <translation>尚未缴纳毕业审定费：请点击“缴费”。</translation>
    </message>
    <message>
        <source>Not payable yet</source>
        <translation>暂不可缴费</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>未缴费</translation>
    </message>
    <message>
        <source>Preparing the payment order…</source>
        <translation>正在生成缴费订单…</translation>
    </message>
    <message>
        <source>Waiting for the payment…</source>
        <translation>等待支付…</translation>
    </message>
    <message>
        <source>No confirmation received yet</source>
        <translation>暂未收到缴费确认</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已缴费</translation>
    </message>
    <message>
        <source>The payment could not be prepared</source>
        <translation>无法生成缴费订单</translation>
    </message>
    <message>
        <source>The city self-study examination office has approved your application.</source>
        <translation>市自考办已审核通过您的毕业申请。</translation>
    </message>
    <message>
        <source>Paid. Next, the city self-study examination office (市自考办) reviews your application; follow it on the &quot;Review progress&quot; step.</source>
        <translation>缴费成功。接下来由市自考办审核您的毕业申请，请在“审核进度”中查看。</translation>
    </message>
    <message>
        <source>The city self-study examination office did not approve the application. The fee is refunded after this round of applications.</source>
        <translation>市自考办审核未通过。毕业审定费将在本批次毕业申请结束后退还。</translation>
    </message>
    <message>
        <source>The server could not be reached. Check the connection and try again.</source>
        <translation>无法连接服务器，请检查网络后重试。</translation>
    </message>
    <message>
        <source>The payment order could not be prepared: %1</source>
        <translation>无法生成缴费订单：%1</translation>
    </message>
    <message>
        <source>Not connected to the examination authority&apos;s server: sign in again, then press &quot;Pay the fee&quot;.</source>
        <translation>未连接到考试机构服务器：请重新登录后再点击“缴费”。</translation>
    </message>
    <message>
        <source>No payment confirmation has arrived in %1 minutes. If you have paid, press &quot;Check again&quot;; do not pay a second time: the same order is used.</source>
        <translation>%1 分钟内未收到缴费确认。如已支付，请点击“重新查询”；请勿重复支付，系统始终使用同一订单。</translation>
    </message>
    <message>
        <source>Checking the payment… the last check failed, retrying</source>
        <translation>正在查询缴费结果…上次查询失败，正在重试</translation>
    </message>
    <message>
        <source>The last check with the server failed: %1 The app keeps checking; the order stays the same, so do not pay a second time.</source>
        <translation>最近一次向服务器查询缴费结果失败：%1软件会继续自动查询；缴费订单不变，请勿重复缴费。</translation>
    </message>
    <message>
        <source>The last check with the server failed: %1 Press &quot;Check again&quot; once the connection is back.</source>
        <translation>最近一次向服务器查询缴费结果失败：%1网络恢复后请点击“重新查询”。</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>无法连接到服务器。</translation>
    </message>
    <message>
        <source>Not connected to the examination authority&apos;s server.</source>
        <translation>未连接到考试机构的服务器。</translation>
    </message>
    <message>
        <source>to pay</source>
        <translation>待缴费</translation>
    </message>
    <message>
        <source>confirming the payment</source>
        <translation>确认到账中</translation>
    </message>
    <message>
        <source>payment not confirmed</source>
        <translation>未确认到账</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>已缴费</translation>
    </message>
    <message>
        <source>refund under way</source>
        <translation>退费中</translation>
    </message>
    <message>
        <source>Not approved; refund under way</source>
        <translation>未通过审核，退费中</translation>
    </message>
    <message>
        <source>The city self-study examination office did not approve the application. The examination authority&apos;s note on the refund: %1</source>
        <translation>市自考办未通过此申请。考试机构关于退费的说明：%1</translation>
    </message>
</context>
<context>
    <name>PaymentPage</name>
    <message>
        <source>Pay the graduation review fee</source>
        <translation>缴纳毕业审定费</translation>
    </message>
    <message>
        <source>The fee (缴纳毕业审定费) is paid once, after the examining school has approved your application.</source>
        <translation>主考学校初审通过后缴纳毕业审定费，只需缴纳一次。</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <source>shown once the server has answered</source>
        <translation>待服务器返回后显示</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>金额：%1</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Payment status: %1</source>
        <translation>缴费状态：%1</translation>
    </message>
    <message>
        <source>Preparing the order…</source>
        <translation>正在生成订单…</translation>
    </message>
    <message>
        <source>Pay the fee</source>
        <translation>缴费</translation>
    </message>
    <message>
        <source>Creates the payment order, or shows the one already open; you are never charged twice</source>
        <translation>生成缴费订单，或显示已有的未支付订单；不会重复收费</translation>
    </message>
    <message>
        <source>Scan the QR code with your phone&apos;s payment app, or open the payment page in the browser. This page notices the payment by itself.</source>
        <translation>请用手机支付软件扫描二维码，或在浏览器中打开缴费页面。支付完成后本页会自动确认。</translation>
    </message>
    <message>
        <source>QR code of the payment order</source>
        <translation>缴费订单二维码</translation>
    </message>
    <message>
        <source>Open the payment page in the browser</source>
        <translation>在浏览器中打开缴费页面</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新查询</translation>
    </message>
    <message>
        <source>Check again whether the payment has arrived</source>
        <translation>重新查询是否已缴费成功</translation>
    </message>
    <message>
        <source>Scan the QR code with your phone&apos;s payment app. This page notices the payment by itself.</source>
        <translation>请用手机支付软件扫描二维码。支付完成后本页会自动确认。</translation>
    </message>
</context>
<context>
    <name>PhoneTransfer</name>
    <message>
        <source>Sending photos from a phone is switched off on this computer.</source>
        <translation>本机已关闭“用手机传照片”。</translation>
    </message>
    <message>
        <source>This computer is not connected to a local network (Wi-Fi or cable), so a phone cannot reach it. Connect it to the same network as the phone, or move the photo to this computer another way and choose the file.</source>
        <translation>本机没有连接局域网（无线或网线），手机连不到本机。请把电脑和手机连到同一个网络，或用其他方式把照片存到本机后选择文件。</translation>
    </message>
    <message>
        <source>photo from the phone</source>
        <translation>手机传来的照片</translation>
    </message>
    <message>
        <source>Scan the QR code with the phone&apos;s camera, then take or choose the photo on the phone. The phone must be on the same network as this computer. The code works once and for five minutes.</source>
        <translation>请用手机相机扫描二维码，然后在手机上拍照或选择照片。手机须与本机连在同一个网络。二维码只能用一次，5 分钟内有效。</translation>
    </message>
    <message>
        <source>Receiving the photo from the phone… %1 %</source>
        <translation>正在接收手机发来的照片… %1 %</translation>
    </message>
    <message>
        <source>The photo arrived. Check it in &quot;%1&quot; and confirm it as usual.</source>
        <translation>照片已收到。请在“%1”中查看并照常确认。</translation>
    </message>
    <message>
        <source>The QR code has expired (five minutes). Make a new one to try again.</source>
        <translation>二维码已过期（5 分钟）。请生成新的二维码再试。</translation>
    </message>
    <message>
        <source>An upload could not be decrypted with this QR code&apos;s key and was refused; the code is no longer valid. Make a new one and scan it again.</source>
        <translation>收到的上传无法用本二维码的密钥解密，已拒收；此二维码已失效。请生成新的二维码并重新扫描。</translation>
    </message>
    <message>
        <source>The transfer could not be started on this computer. Choose the file instead.</source>
        <translation>本机无法开始传输。请改为选择文件。</translation>
    </message>
</context>
<context>
    <name>PhoneTransferButton</name>
    <message>
        <source>Send from phone</source>
        <translation>用手机传照片</translation>
    </message>
    <message>
        <source>Send from phone: take or choose the photo for %1 on your phone and send it here</source>
        <translation>用手机传照片：在手机上为“%1”拍照或选择照片并传到本机</translation>
    </message>
</context>
<context>
    <name>PhoneTransferDialog</name>
    <message>
        <source>Send the photo for &quot;%1&quot; from your phone</source>
        <translation>用手机传“%1”的照片</translation>
    </message>
    <message>
        <source>QR code for sending the photo from a phone</source>
        <translation>用手机传照片的二维码</translation>
    </message>
    <message>
        <source>Progress of the photo coming from the phone</source>
        <translation>手机照片的接收进度</translation>
    </message>
    <message>
        <source>The photo is encrypted on the phone with a key that only the QR code holds; other devices on the network see neither the key nor the photo.</source>
        <translation>照片在手机上用只存在于二维码中的密钥加密；同一网络中的其他设备既看不到密钥，也看不到照片。</translation>
    </message>
    <message>
        <source>New QR code</source>
        <translation>生成新的二维码</translation>
    </message>
    <message>
        <source>Make a new QR code for %1</source>
        <translation>为“%1”生成新的二维码</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close and check the photo</source>
        <translation>关闭并查看照片</translation>
    </message>
    <message>
        <source>Stop waiting for the phone and close</source>
        <translation>停止等待手机并关闭</translation>
    </message>
</context>
<context>
    <name>PhotoSlot</name>
    <message>
        <source>No image yet.</source>
        <translation>尚未添加图片。</translation>
    </message>
    <message>
        <source>Preparing the image…</source>
        <translation>正在处理图片…</translation>
    </message>
    <message>
        <source>Uploading the image…</source>
        <translation>正在上传图片…</translation>
    </message>
    <message>
        <source>Saved on this computer; it will be uploaded once you are signed in and your application has been created.</source>
        <translation>已保存在本机；登录并创建毕业申请后将自动上传。</translation>
    </message>
    <message>
        <source>Saved on this computer; not uploaded yet.</source>
        <translation>已保存在本机，尚未上传。</translation>
    </message>
    <message>
        <source>Saved on this computer; it will be uploaded automatically when the network is back.</source>
        <translation>已保存在本机；网络恢复后将自动上传。</translation>
    </message>
    <message>
        <source>Uploaded.</source>
        <translation>已上传。</translation>
    </message>
    <message>
        <source>Not uploaded: see the message below, then press &quot;Retry upload&quot;.</source>
        <translation>未上传成功：请查看下方提示，然后点击“重新上传”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file on this computer. Save the image to this computer first, then choose it.</source>
        <translation>“%1”不是本机上的文件。请先将图片保存到本机，再选择该文件。</translation>
    </message>
    <message>
        <source>The clipboard holds no image. Copy a picture (for example a screenshot or a photo opened in a viewer) first, or choose a file.</source>
        <translation>剪贴板中没有图片。请先复制一张图片（例如截图，或在看图软件中打开的照片），或选择文件。</translation>
    </message>
    <message>
        <source>The image in the clipboard could not be read. Save it as a file first, then choose that file.</source>
        <translation>无法读取剪贴板中的图片。请先将其保存为文件，再选择该文件。</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>粘贴的图片</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be used as an image. Choose a JPG or PNG photo.</source>
        <translation>“%1”无法作为图片使用。请选择 JPG 或 PNG 格式的照片。</translation>
    </message>
    <message>
        <source>The image could not be saved to %1: %2. Check the free disk space, then choose the file again.</source>
        <translation>图片无法保存到 %1：%2。请检查磁盘剩余空间，然后重新选择文件。</translation>
    </message>
    <message>
        <source>The saved image %1 is missing. Choose the file again.</source>
        <translation>已保存的图片 %1 不存在。请重新选择文件。</translation>
    </message>
    <message>
        <source>The server did not accept the image: %1</source>
        <translation>服务器未接收该图片：%1</translation>
    </message>
    <message>
        <source>The image was removed here but the server still has it: %1</source>
        <translation>图片已在本机删除，但服务器上仍保留：%1</translation>
    </message>
    <message>
        <source>The saved image for &quot;%1&quot; (%2) is missing or damaged. Choose the file again.</source>
        <translation>“%1”已保存的图片（%2）缺失或已损坏。请重新选择文件。</translation>
    </message>
    <message>
        <source>the copy on the server</source>
        <translation>服务器上的图片</translation>
    </message>
    <message>
        <source>Check the new photo, then press &quot;Use this image&quot;. Nothing is saved or uploaded before that.</source>
        <translation>请查看新照片，然后按“使用这张图片”。在此之前不会保存，也不会上传。</translation>
    </message>
    <message>
        <source>No ID card was found in this photo, so the whole photo will be used.</source>
        <translation>在这张照片中没有找到身份证，将使用整张照片。</translation>
    </message>
    <message>
        <source>No page was found in this photo, so the whole photo will be used.</source>
        <translation>在这张照片中没有找到纸张，将使用整张照片。</translation>
    </message>
    <message>
        <source>Drag the four corners onto the corners of the card (or select one with Tab and move it with the arrow keys), then check the straightened card.</source>
        <translation>把四个圆点拖到证件的四个角上（也可以按 Tab 键选中一个，用方向键移动），然后查看摆正后的证件。</translation>
    </message>
    <message>
        <source>Drag the four corners onto the corners of the page (or select one with Tab and move it with the arrow keys), then check the straightened page.</source>
        <translation>把四个圆点拖到纸张的四个角上（也可以按 Tab 键选中一个，用方向键移动），然后查看摆正后的纸张。</translation>
    </message>
    <message>
        <source>The whole photo will be used, as it is.</source>
        <translation>将按原样使用整张照片。</translation>
    </message>
    <message>
        <source>You have moved the corners. Check the straightened card: all of the card must be there, straight and legible.</source>
        <translation>您调整了角的位置。请查看摆正后的证件：证件要完整、端正，文字清楚。</translation>
    </message>
    <message>
        <source>You have moved the corners. Check the straightened page: all of the page must be there, straight and legible.</source>
        <translation>您调整了角的位置。请查看摆正后的纸张：纸张要完整、端正，文字清楚。</translation>
    </message>
    <message>
        <source>The card was found and straightened. Check that all of it is there and legible. If a corner is not on the card&apos;s corner, drag it there (or select it with Tab and use the arrow keys).</source>
        <translation>已找到证件并摆正。请确认证件完整、文字清楚。如果某个圆点没有对准证件的角，请把它拖过去（也可以按 Tab 键选中它，用方向键移动）。</translation>
    </message>
    <message>
        <source>The page was found and straightened. Check that all of it is there and legible. If a corner is not on the page&apos;s corner, drag it there (or select it with Tab and use the arrow keys).</source>
        <translation>已找到纸张并摆正。请确认纸张完整、文字清楚。如果某个圆点没有对准纸张的角，请把它拖过去（也可以按 Tab 键选中它，用方向键移动）。</translation>
    </message>
</context>
<context>
    <name>PhotoSlotView</name>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the image of %1</source>
        <translation>删除%1的图片</translation>
    </message>
    <message>
        <source>Preview of %1 at %2 %</source>
        <translation>%1预览，缩放 %2%</translation>
    </message>
    <message>
        <source>Preparing the image</source>
        <translation>正在处理图片</translation>
    </message>
    <message>
        <source>Preparing the image: turning it upright, scaling it and compressing it to the size limit…</source>
        <translation>正在处理图片：转正、缩放并压缩至规定大小…</translation>
    </message>
    <message>
        <source>Drop a photo or scan here, choose a file, or paste an image (Ctrl+V).</source>
        <translation>将照片或扫描件拖放到此处，或选择文件，或粘贴图片 (Ctrl+V)。</translation>
    </message>
    <message>
        <source>No image.</source>
        <translation>无图片。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel preparing the image</source>
        <translation>取消处理图片</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>缩放 %1%</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Show at 100 % to check that the text is legible</source>
        <translation>按 100% 显示，确认文字清晰可辨</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <source>Fit the whole image into the preview</source>
        <translation>完整显示整张图片</translation>
    </message>
    <message>
        <source>%1 × %2 pixels · %3</source>
        <translation>%1 × %2 像素 · %3</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>Keep the previous image</source>
        <translation>保留原图片</translation>
    </message>
    <message>
        <source>Hide this message and keep the previous image of %1</source>
        <translation>关闭此提示，保留%1的原图片</translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation>取消上传</translation>
    </message>
    <message>
        <source>Cancel uploading %1</source>
        <translation>取消上传%1</translation>
    </message>
    <message>
        <source>Retry upload</source>
        <translation>重新上传</translation>
    </message>
    <message>
        <source>Upload %1 again</source>
        <translation>重新上传%1</translation>
    </message>
    <message>
        <source>Upload progress of %1</source>
        <translation>%1上传进度</translation>
    </message>
    <message>
        <source>Scroll the preview sideways</source>
        <translation>左右滚动预览</translation>
    </message>
    <message>
        <source>Scroll the preview up and down</source>
        <translation>上下滚动预览</translation>
    </message>
    <message>
        <source>Preparing the image: turning it upright, looking for the card or page and straightening it…</source>
        <translation>正在处理图片：摆正方向，查找证件或纸张并将其摆正…</translation>
    </message>
    <message>
        <source>Mark the four corners by hand</source>
        <translation>手动标出四个角</translation>
    </message>
    <message>
        <source>Mark the four corners of the document in the photo for %1 by hand</source>
        <translation>在%1的照片中手动标出证件的四个角</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This step is not available in this version yet. Nothing can be entered or sent here, and the application cannot be submitted until it is.</source>
        <translation>此步骤在当前版本中尚未开放：这里还不能填写或提交任何内容，在此步骤开放之前也无法提交毕业申请。</translation>
    </message>
    <message>
        <source>What this step will ask for:</source>
        <translation>此步骤将需要填写：</translation>
    </message>
</context>
<context>
    <name>PriorDegreeController</name>
    <message>
        <source>Name on the diploma</source>
        <translation>毕业证书上的姓名</translation>
    </message>
    <message>
        <source>ID number on the diploma</source>
        <translation>毕业证书上的身份证号</translation>
    </message>
    <message>
        <source>School</source>
        <translation>毕业院校</translation>
    </message>
    <message>
        <source>Graduation date</source>
        <translation>毕业时间</translation>
    </message>
    <message>
        <source>Diploma number</source>
        <translation>毕业证书编号</translation>
    </message>
    <message>
        <source>Name or ID number changed</source>
        <translation>姓名或身份证号变更</translation>
    </message>
    <message>
        <source>Diploma image</source>
        <translation>毕业证书图片</translation>
    </message>
    <message>
        <source>Registration record image</source>
        <translation>电子注册备案表图片</translation>
    </message>
    <message>
        <source>Explanation of the change</source>
        <translation>情况说明图片</translation>
    </message>
    <message>
        <source>The image is still being prepared. Please wait a moment.</source>
        <translation>图片正在处理中，请稍候。</translation>
    </message>
    <message>
        <source>Please choose the year, month and day of graduation printed on the diploma.</source>
        <translation>请按毕业证书选择毕业的年、月、日。</translation>
    </message>
    <message>
        <source>The graduation date is incomplete. Please choose the year, the month and the day.</source>
        <translation>毕业时间不完整，请选择年、月、日。</translation>
    </message>
    <message>
        <source>%1 is not a graduation year. Please enter the four-digit year printed on the diploma.</source>
        <translation>%1 不是有效的毕业年份，请填写毕业证书上的四位年份。</translation>
    </message>
    <message>
        <source>%1-%2 has no day %3. Please choose the day again.</source>
        <translation>%1年%2月没有%3日，请重新选择日期。</translation>
    </message>
    <message>
        <source>Please add a photo or scan of your prior diploma.</source>
        <translation>请上传前置学历毕业证书的照片或扫描件。</translation>
    </message>
    <message>
        <source>Please add an image of the Ministry of Education&apos;s electronic registration record of your diploma (you can download it from CHSI, chsi.com.cn).</source>
        <translation>请上传《教育部学历证书电子注册备案表》图片（可在学信网 chsi.com.cn 下载）。</translation>
    </message>
    <message>
        <source>Because your name or ID number changed, please add a photo of the police station&apos;s explanation of the change, with its fresh red stamp.</source>
        <translation>您的姓名或身份证号已变更，请上传派出所盖鲜章的情况说明照片。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The server refused this value.</source>
        <translation>服务器未接受此项内容，请检查后重新填写。</translation>
    </message>
    <message>
        <source>Prior diploma (毕业证)</source>
        <translation>前置学历毕业证书</translation>
    </message>
    <message>
        <source>A photo or scan of the whole diploma, with the number, the school and the graduation date legible.</source>
        <translation>毕业证书完整的照片或扫描件，证书编号、毕业院校和毕业时间须清晰可辨认。</translation>
    </message>
    <message>
        <source>Registration record (教育部学历证书电子注册备案表)</source>
        <translation>《教育部学历证书电子注册备案表》</translation>
    </message>
    <message>
        <source>The Ministry of Education&apos;s electronic registration record of your diploma, downloaded from CHSI (chsi.com.cn) and photographed or saved as an image.</source>
        <translation>从学信网（chsi.com.cn）下载的《教育部学历证书电子注册备案表》，拍照或保存为图片后上传。</translation>
    </message>
    <message>
        <source>Explanation of the change (情况说明)</source>
        <translation>身份信息变更情况说明</translation>
    </message>
    <message>
        <source>The police station&apos;s written explanation that your name or ID number changed, with its fresh red stamp; the whole page legible.</source>
        <translation>派出所出具并加盖鲜章的姓名或身份证号变更情况说明，整页须清晰可辨认。</translation>
    </message>
    <message>
        <source>Diploma</source>
        <translation>前置学历毕业证</translation>
    </message>
    <message>
        <source>Registration record</source>
        <translation>教育部学历证书电子注册备案表</translation>
    </message>
    <message>
        <source>Police-stamped explanation</source>
        <translation>派出所盖章的情况说明</translation>
    </message>
    <message>
        <source>Check the new photo, then press &quot;Use this image&quot; or cancel it.</source>
        <translation>请查看新照片，然后按“使用这张图片”，或取消。</translation>
    </message>
</context>
<context>
    <name>PriorDegreePage</name>
    <message>
        <source>Enter your prior diploma (the junior-college diploma your bachelor&apos;s application builds on) exactly as it is printed, and add the images the examining school checks it against.</source>
        <translation>请按前置学历毕业证书（本科申请所依据的专科或以上学历证书）如实填写，并上传主考学校审核所需的图片。</translation>
    </message>
    <message>
        <source>Name on the diploma</source>
        <translation>毕业证书上的姓名</translation>
    </message>
    <message>
        <source>Filled in from your profile. If the diploma carries a former name, enter that name.</source>
        <translation>已根据考生信息自动填写。如毕业证书上是曾用名，请填写曾用名。</translation>
    </message>
    <message>
        <source>ID number on the diploma</source>
        <translation>毕业证书上的身份证号</translation>
    </message>
    <message>
        <source>Filled in from your profile. If the diploma was issued under a former ID number, enter that number.</source>
        <translation>已根据考生信息自动填写。如毕业证书使用的是原身份证号，请填写原身份证号。</translation>
    </message>
    <message>
        <source>School</source>
        <translation>毕业院校</translation>
    </message>
    <message>
        <source>The school that issued the diploma, as printed on it.</source>
        <translation>颁发毕业证书的院校，按证书上的名称填写。</translation>
    </message>
    <message>
        <source>Graduation date</source>
        <translation>毕业时间</translation>
    </message>
    <message>
        <source>Year of graduation</source>
        <translation>毕业年份</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Month of graduation</source>
        <translation>毕业月份</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Day of graduation</source>
        <translation>毕业日期（日）</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>As printed on the diploma. Type the year or pick it; pick the month and day with the arrow keys.</source>
        <translation>按毕业证书填写。年份可直接输入或选择；月、日可用方向键选择。</translation>
    </message>
    <message>
        <source>Diploma number</source>
        <translation>毕业证书编号</translation>
    </message>
    <message>
        <source>The number printed on the diploma (18 digits on diplomas since 2002; digits 7 to 10 are the graduation year).</source>
        <translation>毕业证书上的证书编号（2002年以后的证书为18位数字，第7至10位为毕业年份）。</translation>
    </message>
    <message>
        <source>My name or ID number has changed since this diploma was issued.</source>
        <translation>取得该毕业证书后，本人姓名或身份证号已变更。</translation>
    </message>
    <message>
        <source>Then also add the police station&apos;s stamped explanation of the change below. The name and ID number above must be those printed on the diploma.</source>
        <translation>请在下方另行上传派出所盖章的情况说明。上方的姓名和身份证号须与毕业证书上的一致。</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图片材料</translation>
    </message>
    <message>
        <source>Each image is turned into a JPEG of at most 50 KB for you. Check at 100 % that every word is legible.</source>
        <translation>每张图片会自动转换为不超过 50 KB 的 JPG 文件。请按100%查看，确认文字清晰可辨认。</translation>
    </message>
    <message>
        <source>The automatic check of your prior degree did not pass, so please fill in this page; the examining school will check it by hand. Reason given: %1</source>
        <translation>您的前置学历自动审核未通过，请填写本页信息，由主考学校人工审核。未通过原因：%1</translation>
    </message>
    <message>
        <source>The automatic check of your prior degree did not pass, so please fill in this page; the examining school will check it by hand.</source>
        <translation>您的前置学历自动审核未通过，请填写本页信息，由主考学校人工审核。</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <source>Still to do on this page:</source>
        <translation>本页还需完成：</translation>
    </message>
</context>
<context>
    <name>ProfileController</name>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>If your name, ID number or gender is wrong or has changed, apply for a record correction (考籍更正) at your district self-study examination office first; it cannot be changed here.</source>
        <translation>如姓名、身份证号或性别有误或已变更，请先到所在区县自考办申请考籍更正；此处不能修改。</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>联系电话：%1</translation>
    </message>
    <message>
        <source>Postal code: %1</source>
        <translation>邮政编码：%1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>电子邮箱：%1</translation>
    </message>
    <message>
        <source>You have no enrolled major (在籍专业) yet: add the major you studied below.</source>
        <translation>您还没有在籍专业：请在下方添加您所学的专业。</translation>
    </message>
    <message>
        <source>Choose the major you are graduating in.</source>
        <translation>请选择申请毕业的专业。</translation>
    </message>
    <message>
        <source>Choose the examining school (主考学校).</source>
        <translation>请选择主考学校。</translation>
    </message>
    <message>
        <source>Confirm the major and examining school: a wrong choice can only be undone by that school rejecting your application.</source>
        <translation>请确认专业和主考学校：选错后只能由该主考学校驳回申请才能更改。</translation>
    </message>
    <message>
        <source>Press &quot;Apply with this major and school&quot; to start your application.</source>
        <translation>请点击“以此专业和主考学校申请毕业”开始申请。</translation>
    </message>
    <message numerus="yes">
        <source>Open and read the examining school&apos;s announcements (%n not opened yet).</source>
        <translation>
            <numerusform>请打开并阅读主考学校公告（还有%n条未打开）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The major could not be added. Check the connection and try again.</source>
        <translation>未能添加专业，请检查网络后重试。</translation>
    </message>
    <message>
        <source>Your contact details could not be sent; check the connection and try again.</source>
        <translation>联系方式未能发送，请检查网络后重试。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>通讯地址</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>专业</translation>
    </message>
    <message>
        <source>Examining school</source>
        <translation>主考学校</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>通讯地址：%1</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Check your identity, complete your contact details, and choose the major and examining school you graduate with.</source>
        <translation>请核对身份信息，填写完整联系方式，并选择申请毕业的专业和主考学校。</translation>
    </message>
    <message>
        <source>Identity (from the examination records)</source>
        <translation>身份信息（来自考籍档案）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>姓名：%1</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>ID number: %1</source>
        <translation>身份证号：%1</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Gender: %1</source>
        <translation>性别：%1</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Mobile number, or a landline with area code such as 023-12345678.</source>
        <translation>手机号码，或带区号的固定电话，如 023-12345678。</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>Six digits.</source>
        <translation>6位数字。</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>通讯地址</translation>
    </message>
    <message>
        <source>E-mail (optional)</source>
        <translation>电子邮箱（选填）</translation>
    </message>
    <message>
        <source>Add your enrolled major</source>
        <translation>添加在籍专业</translation>
    </message>
    <message>
        <source>The examination records show no enrolled major (在籍专业) for you. Choose the major you studied and its examining school.</source>
        <translation>考籍档案中没有您的在籍专业。请选择您所学的专业及其主考学校。</translation>
    </message>
    <message>
        <source>Choose a major</source>
        <translation>选择专业</translation>
    </message>
    <message>
        <source>Major to add</source>
        <translation>要添加的专业</translation>
    </message>
    <message>
        <source>Examining school of that major</source>
        <translation>该专业的主考学校</translation>
    </message>
    <message>
        <source>Add major</source>
        <translation>添加专业</translation>
    </message>
    <message>
        <source>Major and examining school to graduate with</source>
        <translation>申请毕业的专业和主考学校</translation>
    </message>
    <message>
        <source>Major: %1
Examining school: %2</source>
        <translation>专业：%1
主考学校：%2</translation>
    </message>
    <message>
        <source>Your application has been created with this choice. Only the examining school can undo it by rejecting the application.</source>
        <translation>您的申请已按此选择创建。只有主考学校驳回申请才能更改。</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>专业</translation>
    </message>
    <message>
        <source>Choose the major you graduate in</source>
        <translation>选择申请毕业的专业</translation>
    </message>
    <message>
        <source>Major to graduate in</source>
        <translation>申请毕业的专业</translation>
    </message>
    <message>
        <source>Examining school (主考学校)</source>
        <translation>主考学校</translation>
    </message>
    <message>
        <source>Choose the examining school</source>
        <translation>选择主考学校</translation>
    </message>
    <message>
        <source>Examining school</source>
        <translation>主考学校</translation>
    </message>
    <message>
        <source>I have checked the major and the examining school. I understand that a wrong choice can only be undone by that school rejecting my application.</source>
        <translation>我已核对专业和主考学校，并知悉选错后只能由该主考学校驳回申请才能更改。</translation>
    </message>
    <message>
        <source>Creating your application…</source>
        <translation>正在创建申请…</translation>
    </message>
    <message>
        <source>Apply with this major and school</source>
        <translation>以此专业和主考学校申请毕业</translation>
    </message>
    <message>
        <source>Announcements of your examining school</source>
        <translation>主考学校公告</translation>
    </message>
</context>
<context>
    <name>ProgressController</name>
    <message>
        <source>The examining school rejected the application: fix what the reason names and submit it again.</source>
        <translation>主考学校已驳回申请：请按驳回原因修改后重新提交。</translation>
    </message>
    <message>
        <source>The review status is not known yet: press &quot;Refresh&quot; once you are connected to the server.</source>
        <translation>暂未获取到审核状态：连接服务器后请点击“刷新”。</translation>
    </message>
    <message>
        <source>The examining school has not decided yet: the payment opens once it approves the application.</source>
        <translation>主考学校尚未审核完毕：审核通过后方可缴费。</translation>
    </message>
    <message>
        <source>The reason concerns your prior degree (前置学历): correct the prior-degree details and images, then submit the application again.</source>
        <translation>驳回原因涉及前置学历：请修改前置学历信息及相关图片后重新提交申请。</translation>
    </message>
    <message>
        <source>Correct what the reason names in &quot;%1&quot; (you may also update the situation note), then submit the application again.</source>
        <translation>请在“%1”中按驳回原因修改（也可同时更新情况说明），然后重新提交申请。</translation>
    </message>
    <message>
        <source>Go to &quot;%1&quot;</source>
        <translation>前往“%1”</translation>
    </message>
    <message>
        <source>The status of your application changed: %1.</source>
        <translation>您的毕业申请状态已更新：%1。</translation>
    </message>
    <message>
        <source>Asking the server for the latest status…</source>
        <translation>正在向服务器查询最新状态…</translation>
    </message>
    <message>
        <source>Updated %1; asking the server for the latest status…</source>
        <translation>更新于 %1，正在向服务器查询最新状态…</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>无法连接到服务器。</translation>
    </message>
    <message>
        <source>Trying again automatically; you can also press &quot;Refresh&quot;.</source>
        <translation>软件将自动重试，您也可以点击“刷新”。</translation>
    </message>
    <message>
        <source>Press &quot;Refresh&quot; to try again.</source>
        <translation>请点击“刷新”重试。</translation>
    </message>
    <message>
        <source>Could not refresh. %1 The status is not known yet. %2</source>
        <translation>刷新失败。%1目前尚无审核状态。%2</translation>
    </message>
    <message>
        <source>Could not refresh. %1 Showing the status as of %2. %3</source>
        <translation>刷新失败。%1以下为 %2 时的审核状态。%3</translation>
    </message>
    <message>
        <source>The city self-study examination office did not approve the application.</source>
        <translation>市自考办审核未通过。</translation>
    </message>
    <message>
        <source>Reason given by the city self-study examination office: %1</source>
        <translation>市自考办审核未通过，原因：%1</translation>
    </message>
    <message>
        <source>The fee is refunded after this round of applications.</source>
        <translation>毕业审定费将在本批次毕业申请结束后退还。</translation>
    </message>
    <message>
        <source>Refund of %1: %2</source>
        <translation>退还 %1：%2</translation>
    </message>
    <message>
        <source>sent back</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>under review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>not approved</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>school approved, city review to come</source>
        <translation>初审已通过，待市自考办审核</translation>
    </message>
    <message>
        <source>school approved, fee to pay</source>
        <translation>初审已通过，待交费</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Review progress</source>
        <translation>审核进度</translation>
    </message>
    <message>
        <source>Your application goes through three stages. This page updates itself while the app is open.</source>
        <translation>毕业申请须经过以下三个环节。软件打开期间，本页会自动更新。</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>当前状态：%1</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Refresh the review status</source>
        <translation>刷新审核状态</translation>
    </message>
    <message>
        <source>Asks the server for the latest status of your application</source>
        <translation>向服务器查询毕业申请的最新状态</translation>
    </message>
    <message>
        <source>Reason given by the examining school: %1</source>
        <translation>主考学校驳回原因：%1</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>正在刷新…</translation>
    </message>
</context>
<context>
    <name>ReceiptWriter</name>
    <message>
        <source>now</source>
        <translation>至今</translation>
    </message>
    <message>
        <source>graduation-application-%1-round-%2.pdf</source>
        <translation>毕业申请-%1-第%2次提交.pdf</translation>
    </message>
    <message>
        <source>Graduation application — receipt</source>
        <translation>毕业申请回执</translation>
    </message>
    <message>
        <source>Kept by the candidate for their records. The examination authority&apos;s server holds the binding copy.</source>
        <translation>供考生留存。以考试机构服务器上的记录为准。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>专业</translation>
    </message>
    <message>
        <source>Examining school</source>
        <translation>主考学校</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>提交情况</translation>
    </message>
    <message>
        <source>round %1, state %2, last change %3</source>
        <translation>第%1次提交，状态：%2，最后更新 %3</translation>
    </message>
    <message>
        <source>Prior degree</source>
        <translation>前置学历</translation>
    </message>
    <message>
        <source>Diploma number</source>
        <translation>毕业证书编号</translation>
    </message>
    <message>
        <source>School</source>
        <translation>毕业院校</translation>
    </message>
    <message>
        <source>Graduation date</source>
        <translation>毕业时间</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>本人简历</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>起止年月</translation>
    </message>
    <message>
        <source>School or employer</source>
        <translation>学校或工作单位</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务或身份</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>证明人</translation>
    </message>
    <message numerus="yes">
        <source>Self-assessment (%n characters)</source>
        <translation>
            <numerusform>自我鉴定（%n字）</numerusform>
        </translation>
    </message>
    <message>
        <source>Situation note</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图片材料</translation>
    </message>
    <message>
        <source>%1 bytes, SHA-256 %2</source>
        <translation>%1 字节，SHA-256 %2</translation>
    </message>
    <message>
        <source>Saved the receipt to %1.</source>
        <translation>回执已保存到 %1。</translation>
    </message>
    <message>
        <source>The receipt could not be saved to %1: %2 Choose another folder.</source>
        <translation>回执未能保存到 %1：%2 请选择其他文件夹。</translation>
    </message>
    <message>
        <source>nothing has been submitted yet.</source>
        <translation>尚未提交申请。</translation>
    </message>
</context>
<context>
    <name>ResumeController</name>
    <message>
        <source>In entry %1 the end is &quot;until now&quot;, but only the last entry can run until now. Choose the month in which this period ended.</source>
        <translation>第%1条记录的截止时间为“至今”，但只有最后一条记录可以截至今天。请选择这段经历结束的年月。</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>%1, %2 (witness: %3)</source>
        <translation>%1，%2（证明人：%3）</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>简历条目</translation>
    </message>
</context>
<context>
    <name>ResumeEntryCard</name>
    <message>
        <source>Entry %1: %2</source>
        <translation>第%1条记录：%2</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move entry %1 up</source>
        <translation>将第%1条记录上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move entry %1 down</source>
        <translation>将第%1条记录下移</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove entry %1</source>
        <translation>删除第%1条记录</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始年月</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止年月</translation>
    </message>
    <message>
        <source>School or employer</source>
        <translation>学校或工作单位</translation>
    </message>
    <message>
        <source>The full name, as on the school&apos;s or employer&apos;s seal.</source>
        <translation>填写全称，与学校或单位公章一致。</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务或身份</translation>
    </message>
    <message>
        <source>For example student, worker, teacher or clerk.</source>
        <translation>例如学生、工人、教师、职员。</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>证明人</translation>
    </message>
    <message>
        <source>Someone who can confirm this period, such as a teacher or a manager.</source>
        <translation>能证明这段经历的人，如老师或单位领导。</translation>
    </message>
</context>
<context>
    <name>ResumeEntryItem</name>
    <message>
        <source>until now</source>
        <translation>至今</translation>
    </message>
    <message>
        <source>Dates not chosen yet</source>
        <translation>尚未选择起止年月</translation>
    </message>
</context>
<context>
    <name>ResumeMonthPicker</name>
    <message>
        <source>until now</source>
        <translation>至今</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>%1年</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>%1: year</source>
        <translation>%1：年份</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>%1月</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>%1: month</source>
        <translation>%1：月份</translation>
    </message>
    <message>
        <source>Until now</source>
        <translation>至今</translation>
    </message>
    <message>
        <source>%1: until now</source>
        <translation>%1：至今</translation>
    </message>
</context>
<context>
    <name>ResumePage</name>
    <message>
        <source>Remove entry %1?</source>
        <translation>删除第%1条记录？</translation>
    </message>
    <message>
        <source>What you entered for this entry will be deleted.</source>
        <translation>这条记录中已填写的内容将被删除。</translation>
    </message>
    <message>
        <source>A resume usually starts with secondary school and continues without gaps until today: each school, each job, and periods at home or without work as well. Each entry needs a witness who can confirm it, such as a teacher, a manager or a colleague. Where one period ends in the month the next one begins, that is fine.</source>
        <translation>本人简历一般从初中写起，按时间先后逐段填写至今，中间不留空档：每一段学习、每一份工作，以及待业、在家等时期都应如实填写。每条记录需填写一位能证明该段经历的证明人，如老师、单位领导或同事。上一段的截止年月与下一段的起始年月相同是允许的。</translation>
    </message>
    <message>
        <source>Entries are printed in this order. Use Move up and Move down to put the earliest first.</source>
        <translation>简历按此顺序打印。请用“上移”“下移”把最早的经历排在最前面。</translation>
    </message>
    <message>
        <source>No entries yet. Start with the school you attended first, then add each later school or job.</source>
        <translation>尚未填写记录。请从最早就读的学校写起，再依次添加之后的学校或工作单位。</translation>
    </message>
    <message>
        <source>Add a resume entry</source>
        <translation>添加一条简历记录</translation>
    </message>
</context>
<context>
    <name>ReviewTexts</name>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Not submitted yet</source>
        <translation>尚未提交</translation>
    </message>
    <message>
        <source>Submitted: the examining school is reviewing it</source>
        <translation>已提交，主考学校审核中</translation>
    </message>
    <message>
        <source>Submitted again: the examining school is reviewing it</source>
        <translation>已重新提交，主考学校审核中</translation>
    </message>
    <message>
        <source>Rejected by the examining school</source>
        <translation>主考学校已驳回</translation>
    </message>
    <message>
        <source>Approved by the examining school: pay the graduation review fee</source>
        <translation>主考学校初审已通过，请缴纳毕业审定费</translation>
    </message>
    <message>
        <source>Fee paid: the city self-study examination office is reviewing it</source>
        <translation>已缴费，市自考办审核中</translation>
    </message>
    <message>
        <source>Approved by the city self-study examination office</source>
        <translation>市自考办审核已通过</translation>
    </message>
    <message>
        <source>Not approved by the city self-study examination office</source>
        <translation>市自考办审核未通过</translation>
    </message>
    <message>
        <source>Examining school&apos;s preliminary review (主考学校初审)</source>
        <translation>主考学校初审</translation>
    </message>
    <message>
        <source>Graduation review fee (缴纳毕业审定费)</source>
        <translation>缴纳毕业审定费</translation>
    </message>
    <message>
        <source>City self-study examination office review (市自考办审核)</source>
        <translation>市自考办审核</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>待缴费</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已缴费</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>resubmitted</source>
        <translation>已重新提交</translation>
    </message>
    <message>
        <source>returned by the school</source>
        <translation>主考学校已驳回</translation>
    </message>
    <message>
        <source>approved by the school</source>
        <translation>主考学校初审通过</translation>
    </message>
    <message>
        <source>fee paid</source>
        <translation>已缴费</translation>
    </message>
    <message>
        <source>in the city office&apos;s review</source>
        <translation>市自考办审核中</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>not approved by the city office</source>
        <translation>市自考办审核未通过</translation>
    </message>
    <message>
        <source>Refund under way</source>
        <translation>退费中</translation>
    </message>
</context>
<context>
    <name>SelfAssessmentController</name>
    <message>
        <source>At the start of line %1: %2 cannot be printed into the archive. Delete it.</source>
        <translation>第%1行开头：%2无法打印进档案，请删除。</translation>
    </message>
    <message>
        <source>Line %1, after &quot;%2&quot;: %3 cannot be printed into the archive. Delete it.</source>
        <translation>第%1行“%2”之后：%3无法打印进档案，请删除。</translation>
    </message>
    <message>
        <source>%1 / %2–%3 characters</source>
        <translation>%1 / %2–%3 字</translation>
    </message>
    <message>
        <source>%1 more needed</source>
        <translation>还需 %1 字</translation>
    </message>
    <message>
        <source>%1 too many</source>
        <translation>超出 %1 字</translation>
    </message>
    <message>
        <source>Length is fine</source>
        <translation>字数符合要求</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>自我鉴定</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>字数</translation>
    </message>
    <message>
        <source>the emoji “%1”</source>
        <translation>表情符号“%1”</translation>
    </message>
    <message>
        <source>an invisible control character (often copied from a web page or a chat)</source>
        <translation>一个看不见的控制字符（常见于从网页或聊天中复制的文字）</translation>
    </message>
    <message>
        <source>an unusual line break (often copied from a web page or a PDF)</source>
        <translation>一个特殊的换行符（常见于从网页或 PDF 中复制的文字）</translation>
    </message>
    <message>
        <source>an invisible tag character (part of a flag emoji)</source>
        <translation>一个看不见的标签字符（旗帜表情的一部分）</translation>
    </message>
    <message>
        <source>a special symbol of an input method that other computers cannot show</source>
        <translation>一个输入法特殊符号（其他电脑无法显示）</translation>
    </message>
    <message>
        <source>the replacement character “�”, left over from text that was converted wrongly</source>
        <translation>替换字符“�”（文字转换出错时留下的）</translation>
    </message>
    <message>
        <source>a broken character (left over from text that was converted wrongly)</source>
        <translation>一个损坏的字符（文字转换出错时留下的）</translation>
    </message>
    <message numerus="yes">
        <source>Length is fine, but %n character(s) cannot be printed</source>
        <translation>
            <numerusform>字数符合要求，但有 %n 个字符无法打印</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelfAssessmentPage</name>
    <message>
        <source>Write about yourself in your own words. The text is printed onto the transcript page of your graduation archive.</source>
        <translation>请用自己的话如实评价自己。自我鉴定将打印在毕业档案的成绩单页上。</translation>
    </message>
    <message>
        <source>A self-assessment usually covers your political and moral conduct, how you studied for the self-study examinations, your work, and your plans for the future. Write %1 to %2 characters; spaces and line breaks do not count. Emoji and special symbols cannot be printed.</source>
        <translation>自我鉴定一般包括思想品德、自学考试的学习情况、工作表现和今后打算等方面。字数应为 %1 至 %2 字，空格和换行不计入字数。表情符号和特殊符号无法打印。</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>自我鉴定</translation>
    </message>
    <message>
        <source>Write your self-assessment here.</source>
        <translation>请在此填写自我鉴定。</translation>
    </message>
    <message>
        <source>These characters cannot be printed into the archive and are marked in red in the text:</source>
        <translation>以下字符无法打印进档案，已在正文中用红色标出：</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>定位</translation>
    </message>
    <message>
        <source>Select this character in the text: %1</source>
        <translation>在正文中选中该字符：%1</translation>
    </message>
    <message>
        <source>Delete these characters</source>
        <translation>删除这些字符</translation>
    </message>
    <message>
        <source>Delete the characters listed here from the text; nothing else is changed</source>
        <translation>从文中删除这里列出的字符，其他内容不变</translation>
    </message>
</context>
<context>
    <name>ServerController</name>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>Demo mode: starting the practice server…</source>
        <translation>演示模式：正在启动练习服务器…</translation>
    </message>
    <message>
        <source>Demo mode: practice server with demo candidates, nothing is sent to the examination authority</source>
        <translation>演示模式：使用带演示考生的练习服务器，任何内容都不会发送给考试机构</translation>
    </message>
    <message>
        <source>Demo mode: the practice server could not start</source>
        <translation>演示模式：练习服务器未能启动</translation>
    </message>
    <message>
        <source>Demo mode: the practice server has stopped. What you entered is kept on this computer.</source>
        <translation>演示模式：练习服务器已停止，您填写的内容仍保存在本机。</translation>
    </message>
    <message>
        <source>Associate (专科) candidate: the whole application, start to finish</source>
        <translation>专科考生：完整走一遍毕业申请</translation>
    </message>
    <message>
        <source>Bachelor (本科) candidate whose prior degree is confirmed automatically</source>
        <translation>本科考生：前置学历自动核验通过</translation>
    </message>
    <message>
        <source>Bachelor (本科) candidate whose prior-degree check fails: enters and uploads the prior diploma</source>
        <translation>本科考生：前置学历核验未通过，需填写并上传前置学历</translation>
    </message>
    <message>
        <source>No major enrolled yet: chooses one on the profile step</source>
        <translation>尚未选择申请专业：在“考生信息”步骤中选择</translation>
    </message>
    <message>
        <source>Contact details missing: completes them on the profile step</source>
        <translation>联系信息不全：在“考生信息”步骤中补全</translation>
    </message>
    <message>
        <source>Assisted candidate (助学考生): told to apply through the school</source>
        <translation>助学考生：提示通过主考学校申请</translation>
    </message>
</context>
<context>
    <name>SignInController</name>
    <message>
        <source>Enter your ID number (18 characters) or admission ticket number (12 digits).</source>
        <translation>请输入身份证号（18位）或准考证号（12位数字）。</translation>
    </message>
    <message>
        <source>Login: %1 An admission ticket number has 12 digits.</source>
        <translation>登录账号：%1 准考证号为12位数字。</translation>
    </message>
    <message>
        <source>Sign in with your ID number or admission ticket number and your password.</source>
        <translation>请用身份证号或准考证号及密码登录。</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign in with the account of the self-study examination system: your ID number or admission ticket number and your password.</source>
        <translation>请使用自考系统账号登录：身份证号或准考证号，以及密码。</translation>
    </message>
    <message>
        <source>Signed in as %1. Your application continues where you left off.</source>
        <translation>已登录：%1。您的申请将从上次中断处继续。</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>正在连接服务器…</translation>
    </message>
    <message>
        <source>ID number or admission ticket number</source>
        <translation>身份证号或准考证号</translation>
    </message>
    <message>
        <source>18-character ID number (the last may be X) or 12-digit admission ticket number.</source>
        <translation>18位身份证号（最后一位可能是X）或12位准考证号。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Remember me on this computer (stored in the system keychain)</source>
        <translation>在这台电脑上记住我（保存在系统钥匙串中）</translation>
    </message>
    <message>
        <source>Remember me (not available: this computer has no system keychain)</source>
        <translation>记住我（不可用：这台电脑没有系统钥匙串）</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Demo accounts (password %1)</source>
        <translation>演示账号（密码 %1）</translation>
    </message>
    <message>
        <source>This is a demonstration server with made-up candidates. Choose one to fill in the sign-in form.</source>
        <translation>这是演示服务器，考生均为虚构。选择一位即可填入登录信息。</translation>
    </message>
    <message>
        <source>Use demo candidate %1: %2</source>
        <translation>使用演示考生%1：%2</translation>
    </message>
</context>
<context>
    <name>SignatureController</name>
    <message>
        <source>Only files on this computer can be used: %1</source>
        <translation>只能使用本机上的文件：%1</translation>
    </message>
    <message>
        <source>The clipboard holds no image. Copy a picture of your signature first, or choose a file.</source>
        <translation>剪贴板中没有图片。请先复制签名图片，或选择一个文件。</translation>
    </message>
    <message>
        <source>The signature pad is empty: sign in the box first.</source>
        <translation>签名板是空的：请先在框内签名。</translation>
    </message>
    <message>
        <source>The signature could not be saved to %1: %2</source>
        <translation>无法将签名保存到 %1：%2</translation>
    </message>
    <message>
        <source>No signature yet: choose a photo of your handwritten signature, or draw it on the pad.</source>
        <translation>还没有签名：请选择手写签名的照片，或在签名板上手写签名。</translation>
    </message>
    <message>
        <source>The signature photo is still being read.</source>
        <translation>正在读取签名照片，请稍候。</translation>
    </message>
    <message>
        <source>The signature is not saved yet: check the result at 100 % and press &quot;Use this signature&quot;.</source>
        <translation>签名尚未保存：请按 100% 大小检查效果，然后点击“使用此签名”。</translation>
    </message>
    <message>
        <source>The signature is not saved yet: check the crop box, then press &quot;Make signature&quot;.</source>
        <translation>签名尚未保存：请调整截取框，然后点击“生成签名”。</translation>
    </message>
    <message>
        <source>The saved signature %1 is missing: save the signature again.</source>
        <translation>已保存的签名文件 %1 不见了：请重新保存签名。</translation>
    </message>
    <message>
        <source>The signature photo %1 is no longer there. Choose the photo again.</source>
        <translation>签名照片 %1 已不在原位置，请重新选择照片。</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>The photo %1 is empty or cannot be read. Choose another photo.</source>
        <translation>照片 %1 是空的或无法读取，请选择其他照片。</translation>
    </message>
    <message>
        <source>The image could not be saved to %1: %2</source>
        <translation>无法将图片保存到 %1：%2</translation>
    </message>
    <message>
        <source>The picture could not be read. Draw or paste the signature again.</source>
        <translation>无法读取这张图片。请重新手写签名或重新粘贴。</translation>
    </message>
</context>
<context>
    <name>SignatureCropHandle</name>
    <message>
        <source>Crop box handle</source>
        <translation>截取框控制点</translation>
    </message>
</context>
<context>
    <name>SignatureCropView</name>
    <message>
        <source>Signature photo with the crop box. Arrow keys move the box; Shift with arrow keys resizes it.</source>
        <translation>带截取框的签名照片。方向键移动截取框；按住 Shift 再按方向键调整大小。</translation>
    </message>
    <message>
        <source>Crop box</source>
        <translation>截取框</translation>
    </message>
</context>
<context>
    <name>SignatureDrawPad</name>
    <message>
        <source>Sign inside the white box as you sign on paper. Use your real signature: it is compared with your handwriting.</source>
        <translation>请像在纸上签字一样在白色框内签名。请使用您本人的真实签名：它将与您的笔迹进行比对。</translation>
    </message>
    <message>
        <source>Signature pad</source>
        <translation>签名板</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>请在此签名</translation>
    </message>
    <message>
        <source>Undo stroke</source>
        <translation>撤销一笔</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Use this drawing</source>
        <translation>使用此手写签名</translation>
    </message>
</context>
<context>
    <name>SignaturePage</name>
    <message>
        <source>Sign your name on white paper with a black pen, take a photo and crop it here, or draw your signature.</source>
        <translation>请用黑色笔在白纸上签名并拍照，然后在这里截取签名；也可以直接手写签名。</translation>
    </message>
    <message>
        <source>Photo of my signature</source>
        <translation>签名照片</translation>
    </message>
    <message>
        <source>Draw it here</source>
        <translation>在此手写</translation>
    </message>
    <message>
        <source>Choose a photo of your signature, drop it here, or paste a screenshot (Ctrl+V).</source>
        <translation>请选择签名照片、将照片拖放到这里，或粘贴截图（Ctrl+V）。</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>正在处理</translation>
    </message>
    <message>
        <source>Turn left</source>
        <translation>向左旋转</translation>
    </message>
    <message>
        <source>Turn right</source>
        <translation>向右旋转</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Crop box</source>
        <translation>截取框</translation>
    </message>
    <message>
        <source>Make the box shorter</source>
        <translation>减小截取框高度</translation>
    </message>
    <message>
        <source>Move the box up</source>
        <translation>截取框上移</translation>
    </message>
    <message>
        <source>Make the box narrower</source>
        <translation>减小截取框宽度</translation>
    </message>
    <message>
        <source>Move the box left</source>
        <translation>截取框左移</translation>
    </message>
    <message>
        <source>Make the box wider</source>
        <translation>增大截取框宽度</translation>
    </message>
    <message>
        <source>Move the box right</source>
        <translation>截取框右移</translation>
    </message>
    <message>
        <source>Make the box taller</source>
        <translation>增大截取框高度</translation>
    </message>
    <message>
        <source>Move the box down</source>
        <translation>截取框下移</translation>
    </message>
    <message>
        <source>Whiten the paper, darken the ink</source>
        <translation>纸面变白，笔迹加深</translation>
    </message>
    <message>
        <source>Before clean-up</source>
        <translation>处理前</translation>
    </message>
    <message>
        <source>After clean-up</source>
        <translation>处理后</translation>
    </message>
    <message>
        <source>Make signature</source>
        <translation>生成签名</translation>
    </message>
    <message>
        <source>Choose another photo</source>
        <translation>重新选择照片</translation>
    </message>
    <message>
        <source>Check your signature at 100 %</source>
        <translation>按 100% 大小检查签名</translation>
    </message>
    <message>
        <source>Your signature at 100 %</source>
        <translation>100% 大小的签名</translation>
    </message>
    <message>
        <source>Back to cropping</source>
        <translation>返回截取</translation>
    </message>
    <message>
        <source>Use this signature</source>
        <translation>使用此签名</translation>
    </message>
    <message>
        <source>Your saved signature</source>
        <translation>已保存的签名</translation>
    </message>
    <message>
        <source>Saved: %1 × %2 pixels, %3. It is uploaded with your application.</source>
        <translation>已保存：%1 × %2 像素，%3。将随申请一起上传。</translation>
    </message>
    <message>
        <source>Change signature</source>
        <translation>重新签名</translation>
    </message>
    <message>
        <source>Keep the saved signature</source>
        <translation>保留已保存的签名</translation>
    </message>
    <message>
        <source>Drag the box or its corners so that it holds the whole signature with a little white around it.</source>
        <translation>拖动截取框或它的边角，框住整个签名，四周留一点空白。</translation>
    </message>
    <message>
        <source>Turn and zoom the photo</source>
        <translation>旋转和缩放照片</translation>
    </message>
    <message>
        <source>Fit the box to the signature</source>
        <translation>截取框贴合签名</translation>
    </message>
    <message>
        <source>The arrow buttons:</source>
        <translation>方向按钮用于：</translation>
    </message>
    <message>
        <source>move the box</source>
        <translation>移动截取框</translation>
    </message>
    <message>
        <source>The arrow buttons move the box</source>
        <translation>方向按钮移动截取框</translation>
    </message>
    <message>
        <source>make the box larger or smaller</source>
        <translation>调整截取框大小</translation>
    </message>
    <message>
        <source>The arrow buttons change the size of the box</source>
        <translation>方向按钮调整截取框大小</translation>
    </message>
    <message>
        <source>On the photo itself, the arrow keys move the box; with Shift they change its size.</source>
        <translation>在照片上，方向键移动截取框；按住 Shift 再按方向键调整大小。</translation>
    </message>
    <message>
        <source>This is exactly what will be uploaded: %1 × %2 pixels, %3. Is every stroke clear?</source>
        <translation>这就是将要上传的图片：%1 × %2 像素，%3。每一笔都清晰吗？</translation>
    </message>
    <message>
        <source>The image is larger than the window: scroll or drag it to see all of it.</source>
        <translation>图片比窗口大：请滚动或拖动查看全部。</translation>
    </message>
    <message>
        <source>Back to the drawing</source>
        <translation>返回修改手写签名</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign in with your ID number or admission-ticket number and your password. Your session stays in memory; &quot;remember me&quot; uses only the system keychain.</source>
        <translation>使用身份证号或准考证号及密码登录。登录状态只保存在内存中；“记住我”只使用系统钥匙串。</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>毕业申请须知</translation>
    </message>
    <message>
        <source>Read the graduation application notice, confirm each eligibility condition and say which kind of candidate you are.</source>
        <translation>阅读毕业申请须知，逐项确认申请条件，并选择考生类别。</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>考生信息</translation>
    </message>
    <message>
        <source>Check your name, ID number and gender; complete your phone, address, postal code and e-mail; choose the major to graduate in and the examining school, and read that school&apos;s announcements.</source>
        <translation>核对姓名、身份证号和性别；完善联系电话、地址、邮政编码和电子邮箱；选择申请毕业的专业和主考学校，并阅读该主考学校的公告。</translation>
    </message>
    <message>
        <source>Prior degree</source>
        <translation>前置学历</translation>
    </message>
    <message>
        <source>Enter your prior diploma (name, ID number, diploma number, school, graduation date) and upload images of the diploma and of the Ministry of Education registration record; if your identity data changed, also the police-stamped explanation.</source>
        <translation>填写前置学历信息（姓名、身份证号、毕业证编号、毕业院校、毕业时间），上传毕业证书和《教育部学历证书电子注册备案表》图片；身份信息有变更的，还需上传派出所盖鲜章的情况说明。</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>本人简历</translation>
    </message>
    <message>
        <source>List your schooling and work in order: from and to (year and month, or &quot;present&quot;), school or employer, role and a witness. It is printed into your archive.</source>
        <translation>按时间顺序填写学习和工作经历：起止年月（或“至今”）、学校或单位、职务、证明人。简历将打印到档案中。</translation>
    </message>
    <message>
        <source>ID card photos</source>
        <translation>身份证照片</translation>
    </message>
    <message>
        <source>Upload photos of the front (portrait side) and back (national emblem side) of your ID card; each is turned into a legible JPEG within the size limit.</source>
        <translation>上传身份证正面（人像面）和反面（国徽面）照片；程序会把每张照片处理成清晰且符合大小要求的 JPG 图片。</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>自我鉴定</translation>
    </message>
    <message>
        <source>Write your self-assessment, 300 to 500 characters, with a live counter. It is printed onto the transcript page in your archive.</source>
        <translation>填写 300 至 500 字的自我鉴定，实时显示字数。自我鉴定会打印到成绩页上装入档案。</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Choose a photo of your handwritten signature and crop it with a freely movable and resizable box, or draw it.</source>
        <translation>选择手写签名的照片，用可自由移动和缩放的选择框截取签名，或直接手写签名。</translation>
    </message>
    <message>
        <source>Note and other materials</source>
        <translation>情况说明与其它材料</translation>
    </message>
    <message>
        <source>Optionally explain your situation to the reviewers and upload other supporting images.</source>
        <translation>（选填）向审核人员说明情况，并上传其它证明材料图片。</translation>
    </message>
    <message>
        <source>Check and submit</source>
        <translation>提交初审</translation>
    </message>
    <message>
        <source>See every answer on one page, fix every listed problem and submit for the examining school&apos;s review. After submission nothing can be changed.</source>
        <translation>在一页中核对全部信息，改正列出的所有问题后提交主考学校初审。提交后数据不允许再修改。</translation>
    </message>
    <message>
        <source>Review progress</source>
        <translation>审核进度</translation>
    </message>
    <message>
        <source>Follow the three stages: examining school review, graduation fee, city examination office review. A rejection shows its reason and leads you to what must be fixed.</source>
        <translation>查看三个审核阶段：主考学校初审、缴纳毕业审定费、市自考办审核。申请被驳回时显示驳回原因，并带您到需要修改的地方。</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>交费</translation>
    </message>
    <message>
        <source>After the school approves, pay the graduation review fee shown by the server through a QR code or a link. You are never charged twice.</source>
        <translation>主考学校初审通过后，通过二维码或链接缴纳服务器给出的毕业审定费。同一申请绝不会重复扣费。</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>领取毕业证</translation>
    </message>
    <message>
        <source>After the city approves, see the earliest date to collect your certificate (30 working days later) and where to collect it.</source>
        <translation>市自考办审核通过后，查看最早可领取毕业证的日期（30 个工作日后）及领取地点。</translation>
    </message>
    <message>
        <source>This step is not available in this version of the application yet.</source>
        <translation>此步骤在当前版本中尚未开放。</translation>
    </message>
</context>
<context>
    <name>StepController</name>
    <message>
        <source>(not given)</source>
        <translation>（未填写）</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Steps of the application</source>
        <translation>申请步骤</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>current step</source>
        <translation>当前步骤</translation>
    </message>
    <message>
        <source>has problems</source>
        <translation>有待完善</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>无需填写</translation>
    </message>
    <message>
        <source>not available yet</source>
        <translation>尚未开放</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Step %1: %2, %3</source>
        <translation>第 %1 步：%2，%3</translation>
    </message>
    <message>
        <source>opens later</source>
        <translation>稍后开放</translation>
    </message>
    <message>
        <source>needs changes</source>
        <translation>需修改</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>optional, nothing entered</source>
        <translation>可选 · 未填写</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>not approved</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>not this round</source>
        <translation>本次不适用</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>There is a problem. Please fix the following:</source>
        <translation>有问题需要处理，请修改以下内容：</translation>
    </message>
    <message>
        <source>This step is with the examining school and cannot be changed now. If the school returns it to you, you can change it here again.</source>
        <translation>此步骤已交主考学校审核，现在不能修改。如学校将其退回，可在此处再次修改。</translation>
    </message>
</context>
<context>
    <name>SubmitGroupCard</name>
    <message>
        <source>Needs changes</source>
        <translation>需要修改</translation>
    </message>
    <message>
        <source>Changed since last submission</source>
        <translation>自上次提交后已修改</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>修改“%1”</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>未上传图片</translation>
    </message>
    <message>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>查看“%1”</translation>
    </message>
</context>
<context>
    <name>SubmitRejectionBanner</name>
    <message>
        <source>Needs changes: the examining school returned your application. Reason: %1. Change this step as asked, then submit again on &quot;Check and submit&quot;.</source>
        <translation>需要修改：主考学校已驳回您的申请。驳回原因：%1。请按要求修改本步骤，然后在“提交初审”步骤重新提交。</translation>
    </message>
</context>
<context>
    <name>WizardController</name>
    <message>
        <source>Known after you sign in: this step is only for bachelor&apos;s (本科) applicants whose automatic prior-degree check did not pass.</source>
        <translation>登录后确定：此步骤仅适用于前置学历自动审核未通过的本科申请者。</translation>
    </message>
    <message>
        <source>Not needed: this step is only for bachelor&apos;s (本科) applicants.</source>
        <translation>无需填写：此步骤仅适用于本科申请者。</translation>
    </message>
    <message>
        <source>Not needed: your prior degree passed the automatic check.</source>
        <translation>无需填写：您的前置学历已通过自动审核。</translation>
    </message>
    <message>
        <source>Available after you submit the application.</source>
        <translation>提交毕业申请后可查看。</translation>
    </message>
    <message>
        <source>Available after the examining school approves your application.</source>
        <translation>主考学校初审通过后开放。</translation>
    </message>
    <message>
        <source>Available after the city examination office approves your application.</source>
        <translation>市自考办审核通过后开放。</translation>
    </message>
    <message>
        <source>Complete this step first.</source>
        <translation>请先完成本步骤。</translation>
    </message>
    <message>
        <source>The review progress appears here after you submit the application.</source>
        <translation>提交毕业申请后，这里会显示审核进度。</translation>
    </message>
    <message>
        <source>This is the last step for now.</source>
        <translation>目前这是最后一步。</translation>
    </message>
    <message>
        <source>Not this round: the city examination office did not approve the application, so there is no certificate to collect. You may apply again in a later round.</source>
        <translation>本次不适用：市自考办未通过此申请，因此没有毕业证书可领取。您可以在以后的批次再次申请。</translation>
    </message>
    <message>
        <source>Finish step %1, &quot;%2&quot;, first: %3</source>
        <translation>请先完成第 %1 步“%2”：%3</translation>
    </message>
    <message>
        <source>it is not complete yet.</source>
        <translation>此步骤尚未完成。</translation>
    </message>
    <message>
        <source>Next is step %1, &quot;%2&quot;. %3</source>
        <translation>下一步是第 %1 步“%2”：%3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Graduation application for the Chongqing higher-education self-study examinations.</source>
        <translation>重庆市高等教育自学考试毕业申请。</translation>
    </message>
    <message>
        <source>Keep drafts in &lt;dir&gt; instead of the user&apos;s data folder.</source>
        <translation>把草稿保存在 &lt;dir&gt; 而不是用户数据文件夹。</translation>
    </message>
    <message>
        <source>UI language: zh_CN (default) or en.</source>
        <translation>界面语言：zh_CN（默认）或 en。</translation>
    </message>
    <message>
        <source>Save a picture of the main window to &lt;file&gt; once it is shown, then quit.</source>
        <translation>主窗口显示后把截图保存到 &lt;file&gt;，然后退出。</translation>
    </message>
    <message>
        <source>Start, wait for the first frame of the main window, print a line and quit.</source>
        <translation>启动并等待主窗口显示第一帧，输出一行结果后退出。</translation>
    </message>
    <message>
        <source>Self-study graduation application</source>
        <translation>自考毕业申请</translation>
    </message>
    <message>
        <source>Use the API at &lt;url&gt; (for example https://host/api/v1) instead of the built-in demo server.</source>
        <translation>使用 &lt;url&gt; 处的接口（例如 https://host/api/v1），而不是内置的演示服务器。</translation>
    </message>
    <message>
        <source>Open on step &lt;key&gt; (for example notice or signature) to look at it; the checks of every step still apply.</source>
        <translation>打开时直接显示步骤 &lt;key&gt;（例如 notice 或 signature）以便查看；各步骤的检查照常生效。</translation>
    </message>
    <message>
        <source>In demo mode, sign in as demo candidate &lt;n&gt; (1-6) once the demo server is up.</source>
        <translation>演示模式下，演示服务器启动后以第 &lt;n&gt; 位演示考生（1-6）登录。</translation>
    </message>
    <message>
        <source>Kiosk mode for shared computers: full screen, nothing kept on disk, cleared when idle; quitting needs the staff PIN.</source>
        <translation>公用电脑自助机模式：全屏显示，不在磁盘上保留任何内容，无人操作时自动清除；退出须输入工作人员密码。</translation>
    </message>
    <message>
        <source>Read the kiosk settings from &lt;file&gt; instead of the system-wide kiosk.conf.</source>
        <translation>从 &lt;file&gt; 读取自助机设置，而不是系统级的 kiosk.conf。</translation>
    </message>
    <message>
        <source>The staff PIN hash (from &quot;zkgrad-tool kiosk pin-hash&quot;), instead of the config&apos;s.</source>
        <translation>工作人员密码的散列值（由 &quot;zkgrad-tool kiosk pin-hash&quot; 生成），代替配置文件中的值。</translation>
    </message>
    <message>
        <source>Kiosk mode: show the idle countdown at once (to look at it or take a screenshot).</source>
        <translation>自助机模式：立即显示无操作倒计时（用于查看或截图）。</translation>
    </message>
    <message>
        <source>Start with large text (the header&apos;s &quot;Large text&quot; button; the app also remembers that choice).</source>
        <translation>以大字显示启动（与顶部的“大字”按钮相同；应用也会记住这一选择）。</translation>
    </message>
</context>
</TS>
