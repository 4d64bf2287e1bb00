#include "seed.h"

#include "service.h"

namespace zkgrad::sandbox {

namespace {

QString U(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

struct DemoCandidate
{
    const char *id;
    const char *idNumber;
    const char *ticket;
    const char *name;
    const char *gender;
    const char *type;
    const char *phone;
    const char *address;
    const char *postal;
    const char *email;
    const char *priorStatus;
    const char *priorMessage;
    const char *major; ///< enrolled major, "" for none
    const char *school;
    const char *description;
};

// ID numbers: region 500101, born 1990-01-01, sequence 001-006, correct check digit.
const DemoCandidate candidates[] = {
    { "cand_01", "500101199001010018", "010119000001", "王专科", "male", "social", "13800000001",
      "重庆市渝北区示例路1号", "401120", "demo1@example.invalid", "not-required", "", "C080101",
      "S01", "专科 (associate) candidate with complete data" },
    { "cand_02", "500101199001010026", "010119000002", "李本通", "female", "social", "13800000002",
      "重庆市沙坪坝区示例路2号", "400030", "demo2@example.invalid", "passed", "", "B080901", "S01",
      "本科 (bachelor) candidate whose prior-degree check passes" },
    { "cand_03", "500101199001010034", "010119000003", "赵本未", "male", "social", "13800000003",
      "重庆市南岸区示例路3号", "400060", "", "failed",
      "前置学历注册信息与考生身份信息不一致，请填写前置学历信息并上传证明材料。", "B120201", "S02",
      "本科 (bachelor) candidate whose prior-degree check fails" },
    { "cand_04", "500101199001010042", "010119000004", "钱无专", "female", "social", "13800000004",
      "重庆市江北区示例路4号", "400020", "", "not-required", "", "", "",
      "candidate with no enrolled major" },
    { "cand_05", "500101199001010050", "010119000005", "孙缺联", "male", "social", "", "", "", "",
      "not-required", "", "C120202", "S02", "candidate with incomplete contact details" },
    { "cand_06", "500101199001010069", "010119000006", "周助学", "female", "assisted",
      "13800000006", "重庆市九龙坡区示例路6号", "400050", "", "not-required", "", "C080101", "S01",
      "assisted candidate (助学考生)" },
};

} // namespace

QString demoPassword()
{
    return QStringLiteral("Demo2026");
}

QList<DemoAccount> demoAccounts()
{
    QList<DemoAccount> out;
    for (const DemoCandidate &c : candidates)
        out.append({ QString::fromLatin1(c.idNumber), QString::fromLatin1(c.ticket), U(c.name),
                     U(c.description) });
    return out;
}

bool seedDemo(Database &db)
{
    if (db.scalar(QStringLiteral("SELECT COUNT(*) FROM candidates")).toInt() > 0)
        return true;
    if (!db.begin())
        return false;
    const auto exec = [&db](const char *sql, const QVariantList &args) {
        db.exec(QString::fromLatin1(sql), args);
    };
    exec(
        "INSERT INTO schools (code, name, phone, website, certificate_info) VALUES (?, ?, ?, ?, ?)",
        { U("S01"), U("重庆示例大学"), U("023-00000001"), U("https://s01.example.invalid"),
          U("毕业证书由重庆示例大学继续教育学院发放，请关注学校网站公告。") });
    exec(
        "INSERT INTO schools (code, name, phone, website, certificate_info) VALUES (?, ?, ?, ?, ?)",
        { U("S02"), U("渝州演示学院"), U("023-00000002"), U("https://s02.example.invalid"),
          U("毕业证书请到渝州演示学院自考办领取，领取前请电话咨询。") });
    const char *majors[][4] = {
        { "C080101", "计算机应用技术", "associate", "S01" },
        { "C120202", "工商企业管理", "associate", "S02" },
        { "B080901", "计算机科学与技术", "bachelor", "S01" },
        { "B120201", "工商管理", "bachelor", "S02" },
    };
    for (const auto &m : majors) {
        exec("INSERT INTO majors (code, name, level) VALUES (?, ?, ?)",
             { U(m[0]), U(m[1]), U(m[2]) });
        exec("INSERT INTO major_schools (major_code, school_code) VALUES (?, ?)",
             { U(m[0]), U(m[3]) });
    }
    const QString today = Service::iso(Service::now()).left(10) + QStringLiteral("T00:00:00Z");
    exec("INSERT INTO announcements (school_code, title, body, published_at) VALUES (?, ?, ?, ?)",
         { U("S01"), U("关于本次毕业申请的通知"),
           U("本校主考专业的考生请于申请截止前完成网上申请。身份证照片须为原件拍摄，"
             "头像清晰、号码可辨认。初审结果在提交后10个工作日内公布。"),
           today });
    exec("INSERT INTO announcements (school_code, title, body, published_at) VALUES (?, ?, ?, ?)",
         { U("S01"), U("毕业证书领取说明"),
           U("市自考办审核通过后，至少30个工作日方可领取毕业证书，具体时间另行通知。"), today });
    exec("INSERT INTO announcements (school_code, title, body, published_at) VALUES (?, ?, ?, ?)",
         { U("S02"), U("毕业申请初审要求"),
           U("本科考生前置学历核查未通过的，须上传毕业证书及《教育部学历证书电子注册备案表》。"
             "所有图片须为 JPG 格式，不超过 50 KB。"),
           today });
    const QDateTime now = Service::now();
    exec("INSERT INTO batches (id, name, opens_at, closes_at, fee_fen, image_target_bytes,"
         " image_accept_bytes, sa_min, sa_max, is_current) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
         { U("2026-2"), U("2026年下半年毕业申请"), Service::iso(now.addDays(-30)),
           Service::iso(now.addDays(30)), 5000, 50000, 51200, 300, 500 });
    const QString enrolledAt = now.date().addYears(-2).toString(Qt::ISODate);
    // The demo password is published, so six full-cost hashes would only slow every start
    // (seconds on a loaded machine); each account moves to the full cost at its first sign-in.
    const int demoIterations = qMin(Service::passwordIterations(), 10000);
    for (const DemoCandidate &c : candidates) {
        exec("INSERT INTO candidates (id, id_number, ticket, name, gender, candidate_type,"
             " password, phone, address, postal_code, email, prior_degree_status,"
             " prior_degree_message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
             { U(c.id), U(c.idNumber), U(c.ticket), U(c.name), U(c.gender), U(c.type),
               Service::hashPassword(demoPassword(), demoIterations), U(c.phone), U(c.address),
               U(c.postal), U(c.email), U(c.priorStatus), U(c.priorMessage) });
        if (*c.major) {
            exec("INSERT INTO enrolled_majors (candidate_id, major_code, school_code, enrolled_at)"
                 " VALUES (?, ?, ?, ?)",
                 { U(c.id), U(c.major), U(c.school), enrolledAt });
        }
    }
    return db.commit();
}

} // namespace zkgrad::sandbox
