package org.returnport.community.content.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.returns.entity.ReturnPhotoFile;
import org.returnport.tenancy.Tenancy;
import org.returnport.values.ImageType;

/**
 * A photo a member uploaded to show in a post or review: checked like a return photo (JPEG, PNG or
 * WebP by its content, at most {@link ReturnPhotoFile#MAX_BYTES}, location data removed). Its
 * address carries a random token: ids count up, tokens cannot be guessed, so nobody walks through a
 * store's photos.
 */
@Entity
@Table(name = "COMMUNITY_IMAGE")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(name = CommunityImage.BY_ID, query = "SELECT i FROM CommunityImage i WHERE i.id = :id")
public class CommunityImage {

  /** By id, within the current store (a query, so the store's criteria always apply). */
  public static final String BY_ID = "CommunityImage.byId";

  /** The file name of a photo's address: {@code {id}-{token}.{jpg|png|webp}}. */
  private static final Pattern FILE =
      Pattern.compile("([1-9][0-9]{0,17})-([A-Za-z0-9_-]{43})\\.(jpg|png|webp)");

  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "MEMBER_ID", nullable = false, updatable = false)
  private long memberId;

  @Column(name = "TOKEN", nullable = false, updatable = false, length = 43)
  private String token;

  @Enumerated(EnumType.STRING)
  @Column(name = "MEDIA_TYPE", nullable = false, updatable = false, length = 20)
  private ImageType type;

  @Column(name = "BYTE_COUNT", nullable = false, updatable = false)
  private int byteCount;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "CONTENT", nullable = false, updatable = false)
  private byte[] content;

  @Column(name = "CREATED_AT", nullable = false, updatable = false)
  private Instant createdAt;

  protected CommunityImage() {}

  public CommunityImage(long memberId, ReturnPhotoFile photo, Instant now) {
    this.memberId = memberId;
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    this.type = photo.type();
    this.content = photo.bytes();
    this.byteCount = content.length;
    this.createdAt = now;
  }

  /**
   * The address prefix of a store's photos, relative to the application's root: what the Markdown
   * renderer takes as {@code imageBase}.
   */
  public static String base(String slug) {
    return "/s/" + slug + "/community/images/";
  }

  /** The photo's address in the given store. */
  public String address(String slug) {
    return base(slug) + id + "-" + token + "." + extension(type);
  }

  /** The id, token and type a file name of a photo's address stands for, if it is one. */
  public static Optional<FileName> parse(String fileName) {
    Matcher file = fileName == null ? null : FILE.matcher(fileName);
    if (file == null || !file.matches()) {
      return Optional.empty();
    }
    ImageType type =
        switch (file.group(3)) {
          case "png" -> ImageType.PNG;
          case "webp" -> ImageType.WEBP;
          default -> ImageType.JPEG;
        };
    return Optional.of(new FileName(Long.parseLong(file.group(1)), file.group(2), type));
  }

  /** What a photo's address names. */
  public record FileName(long id, String token, ImageType type) {}

  /** Whether the address named this photo: its token and its type, compared in constant time. */
  public boolean isNamedBy(FileName name) {
    return name.type() == type
        && MessageDigest.isEqual(
            token.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
            name.token().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
  }

  static String extension(ImageType type) {
    return switch (type) {
      case JPEG -> "jpg";
      case PNG -> "png";
      case WEBP -> "webp";
    };
  }

  public Long getId() {
    return id;
  }

  public long getMemberId() {
    return memberId;
  }

  public ImageType getType() {
    return type;
  }

  public byte[] getContent() {
    return content;
  }

  public int getByteCount() {
    return byteCount;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
