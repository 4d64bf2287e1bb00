<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>Next is disabled: %1</source>
        <translation>暂不能进入下一步：%1</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>进入下一步</translation>
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
        <source>Application window: the opening and closing dates of the current round come from the examination authority&apos;s server and will be shown here once the application is connected to it.</source>
        <translation>申请时间：本次毕业申请的开始和截止日期由考试机构的服务器提供，本程序连接服务器后会在此显示。</translation>
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
        <source>8. Applying online: a) Confirm the major and the examining school you graduate from. If you choose wrongly, contact that school and ask it to reject your application. b) Bachelor&apos;s applicants whose prior-degree check fails also enter their name, ID number, prior diploma number, prior school and graduation date, and upload images of the diploma and of the registration record, plus, if their identity data changed, the police station&apos;s stamped explanation of the change. c) Upload both sides of your ID card and write the self-assessment. Images must be JPG files of at most 50 KB, clear and legible, and unaltered originals; this application prepares them for you. d) The application succeeds once the examining school&apos;s first review has passed and the fee has been paid online. An application not completed in time is not processed this round. If it is rejected, change the information or add material as asked and resubmit in time, or apply next time.</source>
        <translation>8. 网上申请毕业操作说明：a）考生确认申请毕业的专业及主考学校，如存在误选，请自行联系所选主考学校驳回毕业申请；b）申请本科学历毕业的考生如前置学历核查未通过，还需填写姓名、身份证号、前置学历毕业证编号、前置学历毕业院校、毕业时间，并上传毕业证书电子图片以及《教育部学历证书电子注册备案表》电子图片，有身份信息变更的还需上传派出所盖鲜章的改名或身份证号的情况说明电子图片；c）考生上传有效身份证正反面电子图片，并认真填写毕业生自我鉴定。电子图片须为 jpg 格式，文件大小不超过 50K，清晰、清楚可辨认，原图无修改；本程序会帮您处理好图片；d）考生毕业申请经主考学校初审通过并完成网上交费后即为申请成功。考生未能在规定时间内申请成功，当次不予办理。未通过初审、毕业申请被驳回的，应按驳回要求修改信息或补充材料，及时重新提交申请或下次再申请。</translation>
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
    <name>ProblemList</name>
    <message>
        <source>Still to do on this page:</source>
        <translation>本页还需完成：</translation>
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
        <source>Choose a photo of your signature</source>
        <translation>选择签名照片</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.gif)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp *.gif)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
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
        <source>Your signature is saved: %1 × %2 pixels, %3 KB. It will be uploaded with your application.</source>
        <translation>签名已保存：%1 × %2 像素，%3 KB。它将随毕业申请一起上传。</translation>
    </message>
    <message>
        <source>Choose a photo of your signature, drop it here, or paste a screenshot (Ctrl+V).</source>
        <translation>请选择签名照片、将照片拖放到这里，或粘贴截图（Ctrl+V）。</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>选择照片…</translation>
    </message>
    <message>
        <source>Paste from clipboard</source>
        <translation>从剪贴板粘贴</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>正在处理</translation>
    </message>
    <message>
        <source>Turn and zoom</source>
        <translation>旋转和缩放</translation>
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
        <source>Arrows resize the box</source>
        <translation>方向键调整截取框大小</translation>
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
        <source>Box around the ink</source>
        <translation>截取框贴合笔迹</translation>
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
        <source>Box: %1 × %2 pixels of the photo</source>
        <translation>截取框：照片中的 %1 × %2 像素</translation>
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
        <source>This is exactly what will be uploaded: %1 × %2 pixels, %3 KB. Is every stroke clear?</source>
        <translation>这就是将要上传的图片：%1 × %2 像素，%3 KB。每一笔都清晰吗？</translation>
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
</context>
</TS>
