package org.returnport.tenant.entity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/** The sign-up form of a new merchant; its constraints are checked on the page and again here. */
public class MerchantSignUp {

  public static final int PASSWORD_MIN = 10;
  public static final int PERSON_NAME_MAX = 60;
  public static final int PASSWORD_MAX = 128;

  @NotBlank
  @Size(max = Tenant.NAME_MAX)
  private String storeName;

  @NotBlank
  @Size(min = Slug.MIN, max = Slug.MAX)
  @Pattern(regexp = Slug.PATTERN, message = "{returnport.slug.pattern}")
  private String slug;

  @NotBlank
  @Size(max = PERSON_NAME_MAX)
  private String firstName;

  @NotBlank
  @Size(max = PERSON_NAME_MAX)
  private String lastName;

  @NotBlank
  @Email
  @Size(max = Tenant.EMAIL_MAX)
  private String contactEmail;

  @NotBlank
  @Pattern(regexp = "[A-Z]{2}", message = "{returnport.country.pattern}")
  private String country;

  @NotBlank
  @Pattern(regexp = "en|zh-CN", message = "{returnport.language.unsupported}")
  private String defaultLanguage = "en";

  @NotBlank
  @Pattern(regexp = "[A-Z]{3}", message = "{returnport.currency.pattern}")
  private String defaultCurrency;

  @NotNull
  @Size(min = PASSWORD_MIN, max = PASSWORD_MAX)
  private String password;

  public StoreProfile toProfile() {
    return new StoreProfile(
        new Slug(slug),
        storeName.strip(),
        contactEmail.strip().toLowerCase(Locale.ROOT),
        country,
        Locale.forLanguageTag(defaultLanguage),
        defaultCurrency);
  }

  public String getStoreName() {
    return storeName;
  }

  public void setStoreName(String storeName) {
    this.storeName = storeName;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getDefaultLanguage() {
    return defaultLanguage;
  }

  public void setDefaultLanguage(String defaultLanguage) {
    this.defaultLanguage = defaultLanguage;
  }

  public String getDefaultCurrency() {
    return defaultCurrency;
  }

  public void setDefaultCurrency(String defaultCurrency) {
    this.defaultCurrency = defaultCurrency;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
